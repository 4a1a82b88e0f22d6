import { TAG_LOOKS, TAG_PALETTE, type TagColor, type UnderlinePattern } from "@/lib/annotations/tag-palette";

/** How a highlight's underline is drawn: the CSS text-decoration-style of components/reader/tags.css. */
export type TagPattern = UnderlinePattern;

/** A tag colour for formats that cannot read our stylesheet (DOCX, PDF, spreadsheets). */
export interface TagStyle {
  /** The highlight's tint: red, green, blue 0–255 and its opacity over the paper. */
  tint: { r: number; g: number; b: number; alpha: number };
  /** The underline's colour, six hex digits without "#". */
  line: string;
  pattern: TagPattern;
}

/** The app's tag looks (lib/annotations/tag-palette.ts) in the shape the DOCX writer wants. */
export const TAG_STYLES = Object.fromEntries(
  TAG_PALETTE.map((color) => {
    const { tint, line, pattern } = TAG_LOOKS[color];
    return [color, { tint: { r: tint[0], g: tint[1], b: tint[2], alpha: tint[3] }, line: line.slice(1), pattern }];
  }),
) as Record<TagColor, TagStyle>;

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
