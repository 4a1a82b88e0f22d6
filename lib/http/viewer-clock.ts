import "server-only";
import { cookies } from "next/headers";
import type { ViewerClock } from "@/lib/time/format-instant";
import { TIME_ZONE_COOKIE } from "@/lib/time/time-zone-cookie";
import { timeZoneOrFallback } from "@/lib/time/time-zone";
import { viewerLanguages } from "./viewer-languages";

/** The viewer's zone (from the cookie their browser sets; UTC until then) and languages, for times on the server. */
export async function viewerClock(): Promise<ViewerClock> {
  const [jar, locales] = await Promise.all([cookies(), viewerLanguages()]);
  return { timeZone: timeZoneOrFallback(jar.get(TIME_ZONE_COOKIE)?.value), locales };
}
