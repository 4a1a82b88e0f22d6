import { describe, expect, it } from "vitest";
import { UpdateAssignmentInput } from "./assignment-schemas";

const problems = (body: unknown) => UpdateAssignmentInput.safeParse(body).error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("a due date in an assignment's input", () => {
  it("reads a typed date and time on the clock of the zone it was typed in, summer time included", () => {
    expect(UpdateAssignmentInput.parse({ dueAt: "2026-12-03T17:00", timeZone: "America/New_York" }).dueAt?.toISOString()).toBe("2026-12-03T22:00:00.000Z");
    expect(UpdateAssignmentInput.parse({ dueAt: "2026-07-01T17:00", timeZone: "America/New_York" }).dueAt?.toISOString()).toBe("2026-07-01T21:00:00.000Z");
    expect(UpdateAssignmentInput.parse({ dueAt: "2026-12-03T17:00", timeZone: "Asia/Kolkata" }).dueAt?.toISOString()).toBe("2026-12-03T11:30:00.000Z");
  });

  it("takes an instant with an offset as written, whatever zone is named, and keeps null and absent apart", () => {
    expect(UpdateAssignmentInput.parse({ dueAt: "2026-12-03T22:00:00Z", timeZone: "Asia/Kolkata" }).dueAt?.toISOString()).toBe("2026-12-03T22:00:00.000Z");
    expect(UpdateAssignmentInput.parse({ dueAt: null, timeZone: "Asia/Kolkata" })).toEqual({ dueAt: null });
    expect(UpdateAssignmentInput.parse({ title: "T" })).toEqual({ title: "T", dueAt: undefined });
  });

  it("refuses a typed time without its zone, an unknown zone, a day that does not exist, and a zone alone", () => {
    expect(problems({ dueAt: "2026-12-03T17:00" })).toEqual([["timeZone", expect.stringMatching(/^is needed with a due date without an offset/)]]);
    expect(problems({ dueAt: "2026-12-03T17:00", timeZone: "Mars/Olympus_Mons" })).toEqual([["timeZone", "must be a time zone like America/New_York"]]);
    expect(problems({ dueAt: "2026-02-30T17:00", timeZone: "UTC" })).toEqual([["dueAt", "must be a date and time like 2026-12-01T17:00:00Z"]]);
    expect(problems({ dueAt: "2201-01-01T10:00", timeZone: "UTC" })).toEqual([["dueAt", "must be between the years 1900 and 2200"]]);
    expect(problems({ timeZone: "UTC" })).toEqual([["", "give something to change"]]);
  });
});
