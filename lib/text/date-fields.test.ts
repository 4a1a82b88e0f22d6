import { describe, expect, it } from "vitest";
import { DueDateTime, PublicationDay } from "./date-fields";

const problem = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("DueDateTime", () => {
  it.each([
    ["1900-01-01T00:00:00Z", "1900-01-01T00:00:00.000Z"],
    ["2031-03-14T17:00:00+01:00", "2031-03-14T16:00:00.000Z"],
    ["2200-12-31T23:59:59Z", "2200-12-31T23:59:59.000Z"],
  ])("reads %s as %s", (value, iso) => {
    expect(DueDateTime.parse(value).toISOString()).toBe(iso);
  });

  it.each(["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00", "1899-12-31T23:59:59Z", "2200-12-31T23:59:59-14:00", "2201-01-01T00:00:00Z"])(
    "refuses %s, outside 1900 to 2200 (in UTC)",
    (value) => expect(problem(DueDateTime.safeParse(value))).toBe("must be between the years 1900 and 2200"),
  );

  it.each(["2031-03-14", "2031-03-14T17:00:00", "2031-02-30T17:00:00Z", "tomorrow"])("refuses %s as not a date and time", (value) => {
    expect(problem(DueDateTime.safeParse(value))).toBe("must be a date and time like 2026-12-01T17:00:00Z");
  });
});

describe("PublicationDay", () => {
  it.each(["1000-01-01", "1898-02-17", "2200-12-31"])("keeps %s", (value) => expect(PublicationDay.parse(value)).toBe(value));

  it.each(["0000-01-01", "0999-12-31", "2201-01-01", "9999-12-31"])("refuses %s, outside 1000 to 2200", (value) => {
    expect(problem(PublicationDay.safeParse(value))).toBe("must be between the years 1000 and 2200");
  });
});
