/** "2026-12-03T17:00" or "2026-12-03T17:00:30": a date and time on a clock, with no zone. */
export const WALL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const FIELDS = { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hourCycle: "h23" } as const;

/** The instant a UTC clock shows these fields at; unlike Date.UTC, the year 0050 is 50, not 1950. */
function utcFromFields(year: number, month: number, day: number, hour: number, minute: number, second: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** How far `timeZone`'s clocks are ahead of UTC at `instant`, in milliseconds (New York in winter: −5 h). */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { ...FIELDS, timeZone }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)!.value);
  const wall = utcFromFields(field("year"), field("month"), field("day"), field("hour"), field("minute"), field("second")).getTime();
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` show `wallTime` ("2026-12-03T17:00" in
 * America/New_York → 22:00 UTC; in July → 21:00 UTC), or null if `wallTime` is not a real
 * date and time. Intl knows every zone's offsets, so no zone library is needed: read the offset
 * at a first guess, then again at the instant it gives, since the two differ only across a change.
 * Like Temporal's "compatible" choice, a time the clocks skip (02:30 on a spring-forward night) is
 * read with the offset before the change, so it lands after it (03:30), and a time they show twice
 * (01:30 on a fall-back night) is the first of the two.
 */
export function wallTimeToUtc(wallTime: string, timeZone: string): Date | null {
  const match = WALL_TIME_PATTERN.exec(wallTime);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((field) => Number(field ?? 0)) as [number, number, number, number, number, number];
  const check = utcFromFields(year, month, day, hour, minute, second);
  const asIfUtc = check.getTime();
  // Dates roll 31 November over into December; a wall time that rolled was not a real one.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const before = offsetAt(asIfUtc - 86_400_000, timeZone);
  const after = offsetAt(asIfUtc + 86_400_000, timeZone);
  // Of the offsets either side of this day, the earlier one that reads back to the wall time wins;
  // if neither does, the clocks skipped it, and the offset before the change places it after.
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = asIfUtc - offset;
    if (offsetAt(instant, timeZone) === offset) return new Date(instant);
  }
  return new Date(asIfUtc - before);
}
