"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, type ReactNode } from "react";
import type { ViewerClock } from "@/lib/time/format-instant";
import { TIME_ZONE_COOKIE } from "@/lib/time/time-zone-cookie";
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
 * matches the server's). The layout's inline script keeps the cookie at the browser's zone; a page
 * rendered before the server had it (the very first page of a visit, or after travelling) is
 * rendered again, once. `sentZone` is the cookie as the server received it.
 */
export function ViewerClockProvider({ clock, sentZone, children }: { clock: ViewerClock; sentZone: string | null; children: ReactNode }) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Compared with the cookie the server read, not with the zone it chose: a zone the server spells
    // otherwise, or does not know, must not render the page again and again. With cookies blocked
    // nothing was kept, and rendering again would change nothing.
    if (browserZone && sentZone !== browserZone && storedZone() === browserZone) router.refresh();
  }, [router, sentZone]);
  return <ViewerClockContext.Provider value={clock}>{children}</ViewerClockContext.Provider>;
}
