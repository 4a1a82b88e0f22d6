import { describe, expect, it } from "vitest";
import { TAG_PALETTE } from "@/lib/annotations/tag-palette";
import { appStylesheet } from "@/tests/support/app-stylesheet";
import { TAG_STYLES, tintOnPaper } from "./tag-styles";

// The light scheme comes first: the exports are printed on white.
const css = appStylesheet();

function cssValue(pattern: RegExp): RegExpMatchArray {
  const match = css.match(pattern);
  if (!match) throw new Error(`the stylesheets have no ${pattern}`);
  return match;
}

describe("TAG_STYLES", () => {
  it("has, for every palette colour, the tint, line colour and pattern of the app's light scheme", () => {
    for (const color of TAG_PALETTE) {
      const [, r, g, b, alpha] = cssValue(new RegExp(`--${color}-tint:\\s*rgba\\((\\d+),\\s*(\\d+),\\s*(\\d+),\\s*([\\d.]+)\\)`));
      const [, line] = cssValue(new RegExp(`--${color}-line:\\s*#([0-9a-f]{6})`));
      const [, pattern] = cssValue(new RegExp(`\\.tag-color-${color}\\s*\\{[^}]*--pattern:\\s*(\\w+)`));
      expect(TAG_STYLES[color], color).toEqual({ tint: { r: Number(r), g: Number(g), b: Number(b), alpha: Number(alpha) }, line, pattern });
    }
  });
});

describe("tintOnPaper", () => {
  it("lays a tint over white paper: c·α + 255·(1 − α) per channel", () => {
    // Blue rgba(95, 172, 255, 0.3): 95·0.3 + 255·0.7 = 207, 172·0.3 + 178.5 = 230.1, 255·0.3 + 178.5 = 255.
    expect(tintOnPaper(["blue"])).toBe("cfe6ff");
    expect(tintOnPaper([])).toBe("ffffff");
  });

  it("darkens where tints stack, and the order of the layers matters as in the browser", () => {
    const one = parseInt(tintOnPaper(["orange"]).slice(2, 4), 16);
    const two = parseInt(tintOnPaper(["orange", "blue"]).slice(2, 4), 16);
    expect(two).toBeLessThan(one);
    expect(tintOnPaper(["orange", "blue"])).not.toBe(tintOnPaper(["blue", "orange"]));
  });
});
