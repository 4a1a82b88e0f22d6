import { describe, expect, it } from "vitest";
import { formatPublicationDay } from "./format-publication-day";

describe("formatPublicationDay", () => {
  it("writes the day as the viewer's language does", () => {
    expect(formatPublicationDay("2026-11-03", ["en-US"])).toBe("November 3, 2026");
    expect(formatPublicationDay("2026-11-03", ["en-GB"])).toBe("3 November 2026");
    expect(formatPublicationDay("2026-11-03", ["de-DE", "en"])).toBe("3. November 2026");
  });

  it("keeps the day whatever the server's or viewer's time zone: 1 January stays 1 January", () => {
    expect(formatPublicationDay("2027-01-01", ["en-US"])).toBe("January 1, 2027");
  });

  it("falls back to English for no language or an unknown one", () => {
    expect(formatPublicationDay("2026-11-03", [])).toBe("3 November 2026");
    expect(formatPublicationDay("2026-11-03", ["xx-invalid-tag-123"])).toBe("3 November 2026");
  });
});
