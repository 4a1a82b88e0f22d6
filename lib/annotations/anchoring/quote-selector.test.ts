import { describe, expect, it } from "vitest";
import { describeQuote, QUOTE_CONTEXT_LENGTH, splitsSurrogatePair } from "./quote-selector";

describe("describeQuote", () => {
  const text = "The quick brown fox jumps over the lazy dog because it wanted to see what lay beyond the hill.";

  it("keeps the exact text and up to 32 characters of context each side", () => {
    const start = text.indexOf("jumps");
    const quote = describeQuote(text, start, start + 5);
    expect(quote.exact).toBe("jumps");
    expect(quote.prefix).toBe(text.slice(0, start));
    expect(quote.suffix).toBe(text.slice(start + 5, start + 5 + QUOTE_CONTEXT_LENGTH));
    expect(quote.suffix).toHaveLength(32);
  });

  it("never cuts an emoji in half at the edge of the context", () => {
    // 32 code units back from "X" lands between the halves of an emoji, as does 32 forward.
    const emojiText = `${"😀".repeat(20)}aXb${"😀".repeat(20)}`;
    const start = emojiText.indexOf("X");
    const quote = describeQuote(emojiText, start, start + 1);
    expect(quote.prefix).toBe(`${"😀".repeat(15)}a`);
    expect(quote.suffix).toBe(`b${"😀".repeat(15)}`);
  });
});

describe("splitsSurrogatePair", () => {
  it("is true only between the halves of a pair", () => {
    const text = "a😀b";
    expect([0, 1, 2, 3, 4].map((offset) => splitsSurrogatePair(text, offset))).toEqual([false, false, true, false, false]);
  });
});
