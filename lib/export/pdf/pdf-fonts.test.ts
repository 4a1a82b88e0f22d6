import { describe, expect, it } from "vitest";
import { loadFonts, splitByFont } from "./pdf-fonts";
import type { TextStyle } from "./text-layout";

const style: TextStyle = { font: "regular", size: 10, color: "#000" };
const fonts = loadFonts();
const split = (text: string) => splitByFont([{ text, style }], fonts.covers).map((r) => [r.text, r.style.font]);

describe("the PDF's fonts", () => {
  it("cover Latin, Cyrillic and Greek in the serif, regular, bold and italic", () => {
    for (const font of ["regular", "bold", "italic"] as const) for (const char of "Café Мэр «триумфом» Η απόφαση ёЁ ώ ß — “”") expect(fonts.covers(font, char.codePointAt(0)!), `${font} ${char}`).toBe(true);
  });

  it("send emoji, with their joiners and variation selectors, to the emoji font, and spaces back to the serif", () => {
    expect(split("plan 😠 but")).toEqual([["plan ", "regular"], ["😠", "emoji"], [" but", "regular"]]);
    expect(split("a 👩‍🏫 ❤️!")).toEqual([["a ", "regular"], ["👩‍🏫", "emoji"], [" ", "regular"], ["❤️", "emoji"], ["!", "regular"]]);
  });

  it("measure shaped text (kerning counts), in proportion to the size", () => {
    // Noto Serif kerns "AV" tighter than its two letters side by side.
    expect(fonts.width("regular", "AV", 10)).toBeLessThan(fonts.width("regular", "A", 10) + fonts.width("regular", "V", 10));
    expect(fonts.width("regular", "Café", 20)).toBeCloseTo(2 * fonts.width("regular", "Café", 10), 10);
  });
});
