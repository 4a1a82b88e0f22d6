import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, spreadsheetDateTime } from "./export-dates";

const DUE = "2031-03-14T22:00:00.000Z";

describe("dates in an export", () => {
  it("are on the exporting viewer's clock, with the zone named", () => {
    expect(formatDateTime(DUE, "America/New_York")).toBe("14 March 2031, 18:00 EDT");
    expect(formatDateTime("2031-12-03T22:00:00Z", "America/New_York")).toBe("3 December 2031, 17:00 EST");
    expect(formatDateTime(DUE, "UTC")).toBe("14 March 2031, 22:00 UTC");
    expect(spreadsheetDateTime(DUE, "America/New_York")).toBe("2031-03-14 18:00");
  });

  it("fall on the viewer's day: 22:00 UTC is already the next morning in Kolkata", () => {
    expect(formatDate(DUE, "Asia/Kolkata")).toBe("15 March 2031");
    expect(formatDateTime(DUE, "Asia/Kolkata")).toBe("15 March 2031, 03:30 GMT+5:30");
  });

  it("leave a date without a time (a publication date) on its own day in every zone", () => {
    expect(formatDate("2031-03-14", "Pacific/Honolulu")).toBe("14 March 2031");
    expect(formatDate("2031-03-14", "Pacific/Auckland")).toBe("14 March 2031");
  });
});
