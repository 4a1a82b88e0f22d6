import { differenceCiede2000, parse, wcagContrast, type Rgb } from "culori";
import { describe, expect, it } from "vitest";
import { appStylesheet, schemeTokens } from "@/tests/support/app-stylesheet";
import { simulateVision, VISION_KINDS } from "./colour-vision";
import { TAG_LOOKS, TAG_LOOKS_ON_DARK, TAG_PALETTE, type TagColor, type TagLook } from "./tag-palette";
import { DEFAULT_TAGS } from "./tags";

const css = appStylesheet();
const deltaE = differenceCiede2000();

/** Each colour scheme: its paper, ink and focus colour (app/styles/tokens.css) and the tag looks drawn on it. */
const SCHEMES = (["light", "dark"] as const).map((name) => {
  const tokens = schemeTokens(name);
  const looks: Record<TagColor, Pick<TagLook, "tint" | "line">> = name === "light" ? TAG_LOOKS : TAG_LOOKS_ON_DARK;
  return { name, tokens, looks, paper: tokens.get("paper")!, ink: tokens.get("ink")!, focus: tokens.get("focus")! };
});
type Scheme = (typeof SCHEMES)[number];

/** Tints laid over the paper one after another, as the browser composes nested highlights. */
function tintOnPaper(scheme: Scheme, colours: readonly TagColor[]): Rgb {
  let rgb = parse(scheme.paper) as Rgb;
  for (const colour of colours) {
    const [r, g, b, alpha] = scheme.looks[colour].tint;
    rgb = { mode: "rgb", r: (r / 255) * alpha + rgb.r * (1 - alpha), g: (g / 255) * alpha + rgb.g * (1 - alpha), b: (b / 255) * alpha + rgb.b * (1 - alpha) };
  }
  return rgb;
}

/** The smallest ΔE2000 between any two of these colours' lines, seen with each kind of vision. */
function closestLines(scheme: Scheme, colours: readonly TagColor[]) {
  return VISION_KINDS.flatMap((vision) =>
    colours.flatMap((a, i) =>
      colours.slice(i + 1).map((b) => ({ vision, pair: `${a}/${b}`, distance: deltaE(simulateVision(vision, scheme.looks[a].line), simulateVision(vision, scheme.looks[b].line)) })),
    ),
  ).sort((x, y) => x.distance - y.distance);
}

const defaults = DEFAULT_TAGS.map((tag) => tag.color);

describe("colour-vision simulation", () => {
  it("makes the old Quote and Opinion lines (#1d4ed8, #7e22ce) near-identical under deuteranopia and protanopia, as issue 11 saw", () => {
    const apart = (vision: (typeof VISION_KINDS)[number]) => deltaE(simulateVision(vision, "#1d4ed8"), simulateVision(vision, "#7e22ce"));
    expect(apart("normal")).toBeGreaterThan(12);
    expect(apart("tritanopia")).toBeGreaterThan(12);
    expect(apart("deuteranopia")).toBeLessThan(4);
    expect(apart("protanopia")).toBeLessThan(6);
  });

  it("leaves white, black and greys as they are", () => {
    for (const vision of VISION_KINDS) expect(deltaE(simulateVision(vision, "#808080"), "#808080")).toBeLessThan(1);
  });
});

describe.each(SCHEMES)("the tag palette on the $name scheme's paper", (scheme) => {
  it("keeps the four default tags' lines at least ΔE2000 20 apart with normal vision, protanopia, deuteranopia and tritanopia", () => {
    expect(closestLines(scheme, defaults)[0]!.distance).toBeGreaterThanOrEqual(20);
  });

  it("keeps any two of the eight colours a teacher may choose at least ΔE2000 12 apart under every simulation", () => {
    expect(closestLines(scheme, TAG_PALETTE)[0]!.distance).toBeGreaterThanOrEqual(12);
  });

  it("gives a different underline pattern to any two colours closer than ΔE2000 20 under some simulation", () => {
    const close = closestLines(scheme, TAG_PALETTE).filter((p) => p.distance < 20);
    for (const { pair } of close) {
      const [a, b] = pair.split("/") as [TagColor, TagColor];
      expect(TAG_LOOKS[a].pattern, pair).not.toBe(TAG_LOOKS[b].pattern);
    }
  });

  it("keeps the default tags' tints apart too (ΔE2000 ≥ 5 under every simulation), though the line carries the tag", () => {
    const tints = defaults.map((c) => tintOnPaper(scheme, [c]));
    for (const vision of VISION_KINDS)
      tints.forEach((a, i) => tints.slice(i + 1).forEach((b) => expect(deltaE(simulateVision(vision, a), simulateVision(vision, b))).toBeGreaterThanOrEqual(5)));
  });

  it("draws every line at 3:1 or more against the paper (WCAG 1.4.11)", () => {
    for (const colour of TAG_PALETTE) expect(wcagContrast(scheme.looks[colour].line, scheme.paper), colour).toBeGreaterThanOrEqual(3);
  });

  it("keeps the text at 4.5:1 or more on every tint, and where any two tints overlap", () => {
    for (const a of TAG_PALETTE) {
      expect(wcagContrast(scheme.ink, tintOnPaper(scheme, [a])), a).toBeGreaterThanOrEqual(4.5);
      for (const b of TAG_PALETTE) expect(wcagContrast(scheme.ink, tintOnPaper(scheme, [a, b])), `${a}+${b}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("draws focus indicators at 3:1 or more against the paper and every tint (WCAG 2.4.11, 1.4.11)", () => {
    // The article's outline is --focus on the paper; a focused highlight's outline is --ink over any tint.
    expect(wcagContrast(scheme.focus, scheme.paper)).toBeGreaterThanOrEqual(3);
    for (const colour of TAG_PALETTE) expect(wcagContrast(scheme.ink, tintOnPaper(scheme, [colour])), colour).toBeGreaterThanOrEqual(3);
  });

  it("is the palette of the stylesheets: the same tint and line in this scheme's tokens", () => {
    for (const colour of TAG_PALETTE) {
      const { tint, line } = scheme.looks[colour];
      expect(scheme.tokens.get(`${colour}-tint`), colour).toBe(`rgba(${tint.join(", ")})`);
      expect(scheme.tokens.get(`${colour}-line`), colour).toBe(line);
    }
  });
});

describe("the stylesheets", () => {
  it("draw every colour's pattern and stacking offset as TAG_LOOKS says", () => {
    for (const colour of TAG_PALETTE) {
      const { pattern, depth } = TAG_LOOKS[colour];
      const rule = css.match(new RegExp(`\\.tag-color-${colour} \\{([^}]+)\\}`))?.[1] ?? "";
      expect(rule, colour).toContain(`--pattern: ${pattern};`);
      expect(rule, colour).toContain(`--offset: ${3 * (depth + 1)}px;`);
    }
  });

  it("outline the focused article with --focus, 3 px solid, and an open highlight with --ink, 2 px solid", () => {
    expect(css).toMatch(/\.article-text:focus-visible\s*\{[^}]*outline:\s*3px solid var\(--focus\)/);
    expect(css).toMatch(/\.highlight\.is-active\s*\{[^}]*outline:\s*2px solid var\(--ink\)/);
  });
});
