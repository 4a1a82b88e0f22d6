import { describe, expect, it } from "vitest";
import { formatInstant, toWallTime } from "./format-instant";

const DUE = "2026-12-03T22:00:00.000Z";

describe("formatInstant", () => {
  it("shows the viewer's clock with the zone named, in the viewer's language", () => {
    expect(formatInstant(DUE, { timeZone: "America/New_York", locales: ["en-US"] })).toBe("Thu, Dec 3, 5:00 PM EST");
    expect(formatInstant(DUE, { timeZone: "America/New_York", locales: ["en-GB"] })).toBe("Thu 3 Dec, 17:00 GMT-5");
    expect(formatInstant("2026-07-01T21:00:00Z", { timeZone: "America/New_York", locales: ["en-US"] })).toBe("Wed, Jul 1, 5:00 PM EDT");
  });

  it("moves to the viewer's day: 22:00 UTC is already Friday in Kolkata", () => {
    expect(formatInstant(DUE, { timeZone: "Asia/Kolkata", locales: ["en-IN"] })).toBe("Fri, 4 Dec, 3:30 am IST");
    expect(formatInstant(DUE, { timeZone: "Asia/Kolkata", locales: ["en-GB"] })).toBe("Fri 4 Dec, 03:30 GMT+5:30");
  });

  it("names UTC when that is all it knows, and falls back to English for an unknown language", () => {
    expect(formatInstant(DUE, { timeZone: "UTC", locales: ["xx-invalid-tag-123"] })).toBe("Thu 3 Dec, 22:00 UTC");
  });
});

describe("toWallTime", () => {
  it("is what a datetime-local input shows for the instant on that zone's clock", () => {
    expect(toWallTime(DUE, "America/New_York")).toBe("2026-12-03T17:00");
    expect(toWallTime(DUE, "Asia/Kolkata")).toBe("2026-12-04T03:30");
    expect(toWallTime("2026-12-03T00:05:00Z", "UTC")).toBe("2026-12-03T00:05");
  });
});
