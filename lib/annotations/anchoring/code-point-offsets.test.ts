import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SAMPLE_TEXT } from "@/tests/support/sample-export-model";
import { codePointOffsets } from "./code-point-offsets";
import { splitsSurrogatePair } from "./quote-selector";

/** Text dense with characters outside the BMP (two UTF-16 units each), beside one-unit ones. */
const emojiText = fc.string({ unit: fc.constantFrom("a", " ", "é", "Ж", "Ω", "\n", "🎉", "😠", "𝕏", "👩‍👧"), maxLength: 60 });
/** Any code points at all, lone surrogates included (Slant refuses them, but the converter must not miscount). */
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: fc.constantFrom("\uD83D", "\uDE00", "a", "🎉"), maxLength: 20 }));

/** Every offset of the text that does not split a character. */
const boundaries = (text: string) => [...Array(text.length + 1).keys()].filter((offset) => !splitsSurrogatePair(text, offset));

describe("codePointOffsets", () => {
  it("counts an emoji as one code point and two UTF-16 units", () => {
    const text = "a🎉b😠c";
    const offsets = codePointOffsets(text);
    expect(offsets.length).toBe(5);
    expect([0, 1, 3, 4, 6, 7].map((u) => offsets.toCodePoints(u))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((c) => offsets.toUtf16(c))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it("is the identity on text without characters outside the BMP (accents, Cyrillic, Greek)", () => {
    const text = "Мэр назвал «триумфом» — Η απόφαση, café";
    const offsets = codePointOffsets(text);
    expect(offsets.length).toBe(text.length);
    for (const u of boundaries(text)) expect(offsets.toCodePoints(u)).toBe(u);
  });

  it("places the sample article's second paragraph one code point earlier than its UTF-16 offset (the 🎉 before it)", () => {
    const offsets = codePointOffsets(SAMPLE_TEXT);
    const council = SAMPLE_TEXT.indexOf("The council voted");
    expect(offsets.toCodePoints(council)).toBe(council - 1);
    const after = SAMPLE_TEXT.indexOf("but the survey");
    // 🎉 and 😠 both lie before it.
    expect(offsets.toCodePoints(after)).toBe(after - 2);
    expect(offsets.toUtf16(after - 2)).toBe(after);
  });

  it("refuses an offset inside a surrogate pair, and offsets outside the text", () => {
    const offsets = codePointOffsets("x🎉");
    expect(() => offsets.toCodePoints(2)).toThrow(/inside a character/);
    expect(() => offsets.toCodePoints(4)).toThrow(RangeError);
    expect(() => offsets.toCodePoints(-1)).toThrow(RangeError);
    expect(() => offsets.toCodePoints(1.5)).toThrow(RangeError);
    expect(() => offsets.toUtf16(3)).toThrow(/outside the text/);
    expect(() => offsets.toUtf16(-1)).toThrow(RangeError);
    expect(offsets.toUtf16(2)).toBe(3);
  });

  it("counts a lone surrogate as one code point, as the string iterator does", () => {
    const offsets = codePointOffsets("\uD83Da\uDE00");
    expect(offsets.length).toBe(3);
    expect(offsets.toCodePoints(3)).toBe(3);
  });

  it("agrees with the string iterator: the code point offset is the number of characters before it", () => {
    fc.assert(
      fc.property(fc.oneof(emojiText, anyText), (text) => {
        const offsets = codePointOffsets(text);
        expect(offsets.length).toBe([...text].length);
        for (const u of boundaries(text)) expect(offsets.toCodePoints(u)).toBe([...text.slice(0, u)].length);
        for (let c = 0; c <= offsets.length; c += 1) expect(offsets.toUtf16(c)).toBe([...text].slice(0, c).join("").length);
      }),
    );
  });

  it("converts there and back to the same offset, both ways", () => {
    fc.assert(
      fc.property(emojiText, fc.nat(), (text, pick) => {
        const offsets = codePointOffsets(text);
        const utf16 = boundaries(text);
        const u = utf16[pick % utf16.length]!;
        expect(offsets.toUtf16(offsets.toCodePoints(u))).toBe(u);
        const c = pick % (offsets.length + 1);
        expect(offsets.toCodePoints(offsets.toUtf16(c))).toBe(c);
      }),
    );
  });

  it("keeps a range's text: the code point range of a UTF-16 range picks the same characters", () => {
    fc.assert(
      fc.property(emojiText, fc.nat(), fc.nat(), (text, a, b) => {
        const utf16 = boundaries(text);
        const [start, end] = [utf16[a % utf16.length]!, utf16[b % utf16.length]!].sort((x, y) => x - y) as [number, number];
        const offsets = codePointOffsets(text);
        const chars = [...text].slice(offsets.toCodePoints(start), offsets.toCodePoints(end)).join("");
        expect(chars).toBe(text.slice(start, end));
      }),
    );
  });

  it("never answers an offset inside a surrogate pair", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const offsets = codePointOffsets(text);
        for (let c = 0; c <= offsets.length; c += 1) expect(splitsSurrogatePair(text, offsets.toUtf16(c))).toBe(false);
        for (let u = 0; u <= text.length; u += 1) {
          if (splitsSurrogatePair(text, u)) expect(() => offsets.toCodePoints(u)).toThrow(RangeError);
        }
      }),
    );
  });
});
