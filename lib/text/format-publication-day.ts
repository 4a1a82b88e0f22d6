import { formattingLocales } from "./formatting-locales";

/**
 * A publication day ("2026-11-03") as the viewer's language writes a date: "3 November 2026",
 * "November 3, 2026", "3. November 2026". It is a calendar day, not an instant, so it is formatted
 * in UTC, where it was stored, and never moves to the day before in a zone west of it.
 * `locales` are the viewer's (Accept-Language, navigator.languages); unknown ones fall back to English.
 */
export function formatPublicationDay(day: string, locales: readonly string[]): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(formattingLocales(locales), { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(year, month - 1, date));
}
