import { describe, expect, it } from "vitest";
import { limitSetting } from "./limit-setting";

describe("limitSetting", () => {
  const setting = limitSetting("10/15m");

  it("reads a count and a time in seconds, minutes or hours", () => {
    expect(setting.parse("10/15m")).toEqual({ points: 10, seconds: 900 });
    expect(setting.parse(" 300 / 1h ")).toEqual({ points: 300, seconds: 3600 });
    expect(setting.parse("3/5s")).toEqual({ points: 3, seconds: 5 });
  });

  it("uses the production default when the variable is unset", () => {
    expect(setting.parse(undefined)).toEqual({ points: 10, seconds: 900 });
  });

  it("refuses what it cannot read, a zero count and a zero time", () => {
    for (const bad of ["10", "10/15", "ten/15m", "10/15d", "-1/15m", "0/15m", "10/0s", ""]) {
      expect(setting.safeParse(bad).success, bad).toBe(false);
    }
  });
});
