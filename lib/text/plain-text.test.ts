import { describe, expect, it } from "vitest";
import { optionalPlainText, plainText, requiredPlainText } from "./plain-text";
import { isBlankText } from "./plain-text-problem";

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

describe("isBlankText", () => {
  it.each(["", "   ", "\u200B\u200B\u200B", "\u2060\uFEFF", "\u200C\u200D", "\u00AD", "\u3164\u115F", "\uFE0F", "\u2800", "\u{E0041}", "\u00A0\u3000"])(
    "is true for %j, which shows nothing",
    (value) => expect(isBlankText(value)).toBe(true),
  );

  it.each(["a", " . ", "\u200Bx", "👨‍👩‍👧", "❤️", "\uD83D"])("is false for %j", (value) => expect(isBlankText(value)).toBe(false));
});

describe("requiredPlainText and optionalPlainText", () => {
  const title = requiredPlainText(20);
  const line = optionalPlainText(20);

  it("refuse or drop what shows nothing, with the message an empty field gets", () => {
    for (const value of ["", "  ", "\u200B\u200B\u200B", "\u2060 \uFEFF"]) {
      expect(title.safeParse(value).error?.issues[0]?.message, JSON.stringify(value)).toBe("must not be empty");
      expect(line.parse(value), JSON.stringify(value)).toBeNull();
    }
  });

  it("keep zero-width characters inside words, trimmed of white space only", () => {
    expect(title.parse("  می‌خواهم ")).toBe("می‌خواهم");
    expect(line.parse(" a\u200Bb ")).toBe("a\u200Bb");
  });

  it("apply the plain-text rule first", () => {
    expect(title.safeParse("<b>x</b>").error?.issues[0]?.message).toBe("must be plain text, without HTML tags");
    expect(line.safeParse("\uD83D").error?.issues[0]?.message).toBe("must not contain broken characters (half of an emoji)");
  });
});
