import type { TagColor } from "@/lib/annotations/tag-palette";

export type UnderlinePattern = "solid" | "dashed" | "wavy" | "double" | "dotted";

/** How one tag colour is drawn: a translucent tint behind the text and a patterned line under it. */
export interface TagStyle {
  /** The tint, as red, green, blue (0–255) and opacity (0–1). */
  tint: readonly [number, number, number, number];
  /** The underline's colour, dark enough to read as a grey of its own in black-and-white print. */
  line: string;
  pattern: UnderlinePattern;
  /** Which of four stacked underline positions (0 nearest the text), so overlapping tags show both lines. */
  depth: 0 | 1 | 2 | 3;
}

/**
 * The app's tag colours and patterns (app/globals.css, `--*-tint`, `--*-line`, `.tag-color-*`),
 * for the exports, which carry no stylesheet of the app. A test reads globals.css and checks
 * that the two agree, so changing one without the other fails.
 */
export const TAG_STYLES: Record<TagColor, TagStyle> = {
  blue: { tint: [37, 99, 235, 0.16], line: "#1d4ed8", pattern: "solid", depth: 0 },
  purple: { tint: [147, 51, 234, 0.15], line: "#7e22ce", pattern: "dashed", depth: 1 },
  orange: { tint: [234, 88, 12, 0.17], line: "#c2410c", pattern: "wavy", depth: 2 },
  green: { tint: [22, 163, 74, 0.17], line: "#15803d", pattern: "double", depth: 3 },
  pink: { tint: [219, 39, 119, 0.15], line: "#be185d", pattern: "dotted", depth: 0 },
  teal: { tint: [13, 148, 136, 0.17], line: "#0f766e", pattern: "solid", depth: 1 },
  brown: { tint: [146, 64, 14, 0.15], line: "#92400e", pattern: "dashed", depth: 2 },
  gray: { tint: [71, 85, 105, 0.15], line: "#475569", pattern: "dotted", depth: 3 },
};

/** The heatmap's one hue (app/globals.css `.heat`), its opacity and underline width per step 1–5. */
export const HEAT_STYLE = {
  fill: [76, 58, 196] as const,
  line: "#3b2a9e",
  alpha: [0.08, 0.17, 0.27, 0.38, 0.5] as const,
  /** CSS pixels, as in `.heat-N`. */
  lineWidth: [1, 2, 3, 4, 6] as const,
};
