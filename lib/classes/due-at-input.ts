import { z } from "zod";
import { DueDateTime } from "@/lib/text/date-fields";
import { canonicalTimeZone } from "@/lib/time/time-zone";
import { WALL_TIME_PATTERN, wallTimeToUtc } from "@/lib/time/wall-time-to-utc";

/**
 * A due date as sent: an instant with its offset ("2026-12-03T22:00:00Z"), or the date and time
 * a teacher typed ("2026-12-03T17:00"), read on the clock of `timeZone`. The second is what the
 * form sends, so the server, which knows every zone's summer time, does the arithmetic.
 */
// Read in resolveDueAt, which knows the zone: on its own the text cannot say which instant it is.
export const DueAtText = z.string().describe("2026-12-03T22:00:00Z, or 2026-12-03T17:00 with timeZone");

/** The IANA zone a due date without an offset was typed in: "America/New_York". */
export const DueTimeZone = z.string().refine((value) => canonicalTimeZone(value) !== null, "must be a time zone like America/New_York");

type WithDueAt = { dueAt?: string | null; timeZone?: string };
type Resolved<T extends WithDueAt> = Omit<T, "dueAt" | "timeZone"> & { dueAt?: Date | null };

/** The input with its due date as an instant: a wall time read in its zone, an offset taken as written. */
export function resolveDueAt<T extends WithDueAt>({ dueAt, timeZone, ...rest }: T, ctx: z.RefinementCtx): Resolved<T> {
  if (dueAt === undefined || dueAt === null) return { ...rest, dueAt };
  let instant: string = dueAt;
  if (WALL_TIME_PATTERN.test(dueAt)) {
    if (!timeZone) {
      ctx.addIssue({ code: "custom", path: ["timeZone"], message: "is needed with a due date without an offset: the zone it was typed in, like America/New_York" });
      return z.NEVER;
    }
    // A wall time that is no real day (30 February) is left for DueDateTime to refuse.
    instant = wallTimeToUtc(dueAt, timeZone)?.toISOString() ?? dueAt;
  }
  const parsed = DueDateTime.safeParse(instant);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: ["dueAt"], message: issue.message });
    return z.NEVER;
  }
  return { ...rest, dueAt: parsed.data };
}
