import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text";

describe("plainText", () => {
  const note = plainText(30);

  it.each(["a < b and c > d", "I <3 this", "2 << 3", "Line one\nline two\ttab", "émoji 😀"])("accepts %j", (value) => {
    expect(note.safeParse(value).success).toBe(true);
  });

  it.each([
    ["<script>alert(1)</script>", "must be plain text, without HTML tags"],
    ["<img src=x onerror=alert(1)>", "must be plain text, without HTML tags"],
    ["hi <!-- there", "must be plain text, without HTML tags"],
    ["nul\u0000byte", "must not contain control characters"],
    ["bad \uD83D here", "must not contain broken characters (half of an emoji)"],
    ["tail \uDE00", "must not contain broken characters (half of an emoji)"],
    ["evil\u202Etxt.exe", "must not contain invisible text-direction controls"],
    ["x".repeat(31), "must be at most 30 characters"],
  ])("refuses %j", (value, message) => {
    const result = note.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("turns CRLF into LF before counting", () => {
    expect(note.parse("a\r\nb")).toBe("a\nb");
  });
});
