"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, type ReactNode } from "react";
import type { ViewerClock } from "@/lib/time/format-instant";
import { TIME_ZONE_COOKIE, TIME_ZONE_COOKIE_MAX_AGE_SECONDS } from "@/lib/time/time-zone-cookie";
import { FALLBACK_TIME_ZONE } from "@/lib/time/time-zone";

const ViewerClockContext = createContext<ViewerClock>({ timeZone: FALLBACK_TIME_ZONE, locales: [] });

/** The viewer's clock as the server read it, for times shown by client components. */
export function useViewerClock(): ViewerClock {
  return useContext(ViewerClockContext);
}

function storedZone(): string | undefined {
  const entry = document.cookie.split("; ").find((pair) => pair.startsWith(`${TIME_ZONE_COOKIE}=`));
  return entry && decodeURIComponent(entry.slice(TIME_ZONE_COOKIE.length + 1));
}

/**
 * Gives every time below it the clock the server rendered with (so the browser's first render
 * matches the server's), and tells the server the browser's zone when it did not know it: the
 * cookie is set and the page rendered again, once, on a first visit or after travelling.
 */
export function ViewerClockProvider({ clock, children }: { clock: ViewerClock; children: ReactNode }) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Compared with the cookie, not with the zone the server chose: a zone the server spells
    // otherwise, or does not know, must not render the page again and again.
    if (!browserZone || storedZone() === browserZone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(browserZone)}; Path=/; Max-Age=${TIME_ZONE_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax`;
    // With cookies blocked nothing was kept, and rendering again would change nothing.
    if (storedZone() === browserZone) router.refresh();
  }, [router]);
  return <ViewerClockContext.Provider value={clock}>{children}</ViewerClockContext.Provider>;
}
