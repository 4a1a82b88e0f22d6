import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toWallTime } from "./format-instant";
import { wallTimeToUtc } from "./wall-time-to-utc";

const utc = (wallTime: string, zone: string) => wallTimeToUtc(wallTime, zone)?.toISOString();

describe("wallTimeToUtc", () => {
  it("17:00 in New York is 22:00 UTC in winter (EST) and 21:00 UTC in summer (EDT)", () => {
    expect(utc("2026-12-03T17:00", "America/New_York")).toBe("2026-12-03T22:00:00.000Z");
    expect(utc("2026-07-01T17:00", "America/New_York")).toBe("2026-07-01T21:00:00.000Z");
  });

  it("reads a half-hour zone without summer time: 17:00 in Kolkata is 11:30 UTC all year", () => {
    expect(utc("2026-12-03T17:00", "Asia/Kolkata")).toBe("2026-12-03T11:30:00.000Z");
    expect(utc("2026-07-01T17:00", "Asia/Kolkata")).toBe("2026-07-01T11:30:00.000Z");
  });

  it("lands on the right side of the change on the day clocks change", () => {
    // 8 March 2026: New York moves from EST to EDT at 02:00.
    expect(utc("2026-03-08T01:30", "America/New_York")).toBe("2026-03-08T06:30:00.000Z");
    expect(utc("2026-03-08T17:00", "America/New_York")).toBe("2026-03-08T21:00:00.000Z");
  });

  it("a time the clocks skip moves forward past the gap; a time they show twice is the first one", () => {
    expect(utc("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    expect(utc("2026-11-01T01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z"); // 01:30 EDT, not EST
  });

  it("crosses the date line both ways: midnight in Auckland is the previous day in UTC", () => {
    expect(utc("2026-12-04T00:00", "Pacific/Auckland")).toBe("2026-12-03T11:00:00.000Z");
    expect(utc("2026-12-03T23:00", "Pacific/Honolulu")).toBe("2026-12-04T09:00:00.000Z");
  });

  it("keeps seconds, and reads the year as written", () => {
    expect(utc("2026-12-03T17:00:30", "UTC")).toBe("2026-12-03T17:00:30.000Z");
    expect(wallTimeToUtc("0050-06-01T12:00", "UTC")?.getUTCFullYear()).toBe(50);
  });

  it.each(["2026-02-30T17:00", "2026-12-03T24:00", "2026-12-03T17:60", "2026-12-03 17:00", "2026-12-03T17:00Z", "tomorrow"])("%s is not a wall time", (wallTime) => {
    expect(wallTimeToUtc(wallTime, "America/New_York")).toBeNull();
  });

  it("the instant it gives shows the same wall time in that zone, for any instant in any of these zones", () => {
    const zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "UTC"];
    fc.assert(
      fc.property(fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), fc.constantFrom(...zones), (instant, zone) => {
        const shown = toWallTime(instant, zone);
        expect(toWallTime(wallTimeToUtc(shown, zone)!, zone)).toBe(shown);
      }),
      { numRuns: 2000 },
    );
  });
});
