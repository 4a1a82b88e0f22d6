import { formattingLocales } from "@/lib/text/formatting-locales";

/** Where and how a viewer reads times: their zone ("America/New_York") and their languages. */
export interface ViewerClock {
  timeZone: string;
  locales: readonly string[];
}

/**
 * An instant as the viewer's clock and language show it, with the zone named so nobody
 * wonders whose 17:00 it is: "Thu 3 Dec, 17:00 GMT-5" (en-GB), "Thu, Dec 3, 5:00 PM EST" (en-US).
 * The zone's short name is the language's: English in the US names US zones, elsewhere the offset.
 */
export function formatInstant(iso: string | Date, { timeZone, locales }: ViewerClock): string {
  return new Intl.DateTimeFormat(formattingLocales(locales), {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

/** The instant as a datetime-local input shows it on the viewer's clock: "2026-12-03T17:00". */
export function toWallTime(iso: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).formatToParts(new Date(iso));
  const field = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)!.value;
  return `${field("year")}-${field("month")}-${field("day")}T${field("hour")}:${field("minute")}`;
}
