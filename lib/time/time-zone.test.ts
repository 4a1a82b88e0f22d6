import { describe, expect, it } from "vitest";
import { canonicalTimeZone, timeZoneOrFallback } from "./time-zone";

describe("time zones a viewer may send", () => {
  it("keeps a zone Intl knows, in its canonical spelling", () => {
    expect(canonicalTimeZone("America/New_York")).toBe("America/New_York");
    expect(canonicalTimeZone("america/new_york")).toBe("America/New_York");
    // ICU's canonical name for Kolkata is still the old Calcutta in some runtimes: either is the zone.
    expect(["Asia/Kolkata", "Asia/Calcutta"]).toContain(canonicalTimeZone("Asia/Kolkata"));
  });

  it.each([null, "", "Mars/Olympus_Mons", "America/New_York; Path=/", "x".repeat(200)])("falls back to UTC for %j", (name) => {
    expect(canonicalTimeZone(name)).toBeNull();
    expect(timeZoneOrFallback(name)).toBe("UTC");
  });
});
