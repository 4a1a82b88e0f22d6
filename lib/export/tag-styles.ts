import type { TagColor } from "@/lib/annotations/tag-palette";

/** How a highlight's underline is drawn: the CSS text-decoration-style of app/globals.css. */
export type TagPattern = "solid" | "dashed" | "wavy" | "double" | "dotted";

/** A tag colour for formats that cannot read our stylesheet (DOCX, PDF, spreadsheets). */
export interface TagStyle {
  /** The highlight's tint: red, green, blue 0–255 and its opacity over the paper. */
  tint: { r: number; g: number; b: number; alpha: number };
  /** The underline's colour, six hex digits without "#". */
  line: string;
  pattern: TagPattern;
}

/**
 * The same values as the `--<colour>-tint`, `--<colour>-line` and `.tag-color-<colour>` rules of
 * app/globals.css (tag-styles.test.ts reads that file and holds the two together), so an
 * exported highlight looks like the one on screen.
 */
export const TAG_STYLES: Record<TagColor, TagStyle> = {
  blue: { tint: { r: 37, g: 99, b: 235, alpha: 0.16 }, line: "1d4ed8", pattern: "solid" },
  purple: { tint: { r: 147, g: 51, b: 234, alpha: 0.15 }, line: "7e22ce", pattern: "dashed" },
  orange: { tint: { r: 234, g: 88, b: 12, alpha: 0.17 }, line: "c2410c", pattern: "wavy" },
  green: { tint: { r: 22, g: 163, b: 74, alpha: 0.17 }, line: "15803d", pattern: "double" },
  pink: { tint: { r: 219, g: 39, b: 119, alpha: 0.15 }, line: "be185d", pattern: "dotted" },
  teal: { tint: { r: 13, g: 148, b: 136, alpha: 0.17 }, line: "0f766e", pattern: "solid" },
  brown: { tint: { r: 146, g: 64, b: 14, alpha: 0.15 }, line: "92400e", pattern: "dashed" },
  gray: { tint: { r: 71, g: 85, b: 105, alpha: 0.15 }, line: "475569", pattern: "dotted" },
};

/**
 * The opaque colour (six hex digits) of these tints laid one over another on white paper, as
 * the browser composes stacked translucent highlights: where two tags overlap, the colour
 * darkens and mixes, as in the reader.
 */
export function tintOnPaper(colors: readonly TagColor[]): string {
  let rgb = [255, 255, 255];
  for (const color of colors) {
    const { r, g, b, alpha } = TAG_STYLES[color].tint;
    rgb = [r, g, b].map((channel, i) => channel * alpha + rgb[i]! * (1 - alpha));
  }
  return rgb.map((channel) => Math.round(channel).toString(16).padStart(2, "0")).join("");
}
