import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalizePlainText } from "./canonical-text";

describe("canonicalizePlainText", () => {
  it("turns CRLF and lone CR into LF and trims the ends", () => {
    expect(canonicalizePlainText("\r\n  Title\r\n\r\nBody\rline  \n")).toBe("Title\n\nBody\nline");
  });

  it("leaves the bundled sample article exactly as it is", () => {
    const sample = readFileSync(new URL("../../prisma/seed/seed-article.txt", import.meta.url), "utf8");
    expect(canonicalizePlainText(sample)).toBe(sample.trim());
    expect(canonicalizePlainText(sample.replace(/\n/g, "\r\n"))).toBe(sample.trim());
  });
});
