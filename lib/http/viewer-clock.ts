import "server-only";
import { cookies } from "next/headers";
import type { ViewerClock } from "@/lib/time/format-instant";
import { TIME_ZONE_COOKIE } from "@/lib/time/time-zone-cookie";
import { timeZoneOrFallback } from "@/lib/time/time-zone";
import { viewerLanguages } from "./viewer-languages";

/** The zone cookie as this request carried it, as the browser wrote it (null when there is none yet). */
export async function sentTimeZone(): Promise<string | null> {
  return (await cookies()).get(TIME_ZONE_COOKIE)?.value ?? null;
}

/** The viewer's zone (from the cookie their browser sets; UTC until then) and languages, for times on the server. */
export async function viewerClock(): Promise<ViewerClock> {
  const [sent, locales] = await Promise.all([sentTimeZone(), viewerLanguages()]);
  return { timeZone: timeZoneOrFallback(sent), locales };
}
