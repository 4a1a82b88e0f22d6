/**
 * Tag colours. Each is drawn as a translucent tint behind the text and a line under it with
 * a pattern of its own, so tags stay apart for colour-blind readers and in greyscale print.
 *
 * The line colours were chosen (tag-palette.test.ts measures them) so that, under normal
 * vision and simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009,
 * severity 1), the four default tags' lines are at least ΔE2000 20 apart and any two of
 * the eight at least 12; any two colours closer than 20 have different patterns.
 *
 * The dark scheme has a palette of its own (TAG_LOOKS_ON_DARK), found by a search over
 * OKLCH lightness, chroma and hue near each colour's name under the same rules, with every
 * line at 3:1 or more on the dark paper.
 *
 * app/styles/tokens.css carries the same values as custom properties (`--<colour>-tint`,
 * `--<colour>-line`, light and dark) and components/reader/tags.css the patterns
 * (`.tag-color-<colour>`); tag-palette.test.ts holds them together. The exports (DOCX, PDF,
 * HTML) are printed on white and read the light palette from here.
 */
export const TAG_PALETTE = ["blue", "purple", "orange", "green", "pink", "teal", "brown", "gray"] as const;
export type TagColor = (typeof TAG_PALETTE)[number];

/** How a highlight's underline is drawn: a CSS text-decoration-style. */
export type UnderlinePattern = "solid" | "dashed" | "wavy" | "double" | "dotted";

export interface TagLook {
  /** The tint: red, green, blue (0–255) and opacity over the paper, so stacked highlights add up. */
  tint: readonly [number, number, number, number];
  /** The underline's colour, "#rrggbb", at least 3:1 against the paper. */
  line: string;
  pattern: UnderlinePattern;
  /** Which of four stacked underline positions (0 nearest the text), so overlapping tags show both lines. */
  depth: 0 | 1 | 2 | 3;
}

export const TAG_LOOKS: Record<TagColor, TagLook> = {
  blue: { tint: [95, 172, 255, 0.3], line: "#1a6fd6", pattern: "solid", depth: 0 },
  purple: { tint: [138, 35, 182, 0.3], line: "#4a1460", pattern: "dashed", depth: 1 },
  orange: { tint: [255, 184, 7, 0.35], line: "#d06a00", pattern: "wavy", depth: 2 },
  green: { tint: [18, 172, 72, 0.3], line: "#0b4f33", pattern: "double", depth: 3 },
  pink: { tint: [153, 74, 89, 0.2], line: "#994a59", pattern: "dotted", depth: 0 },
  teal: { tint: [0, 157, 143, 0.2], line: "#009d8f", pattern: "dashed", depth: 1 },
  brown: { tint: [88, 21, 0, 0.2], line: "#581500", pattern: "wavy", depth: 2 },
  gray: { tint: [43, 46, 50, 0.2], line: "#2b2e32", pattern: "solid", depth: 3 },
};

/** The same colours on the dark scheme's paper: pattern and depth as in TAG_LOOKS. */
export const TAG_LOOKS_ON_DARK: Record<TagColor, Pick<TagLook, "tint" | "line">> = {
  blue: { tint: [0, 131, 201, 0.3], line: "#0083c9" },
  purple: { tint: [225, 203, 255, 0.22], line: "#e1cbff" },
  orange: { tint: [232, 133, 0, 0.3], line: "#e88500" },
  green: { tint: [197, 247, 174, 0.2], line: "#c5f7ae" },
  pink: { tint: [226, 147, 194, 0.22], line: "#e293c2" },
  teal: { tint: [0, 210, 166, 0.2], line: "#00d2a6" },
  brown: { tint: [144, 107, 91, 0.3], line: "#906b5b" },
  gray: { tint: [116, 117, 120, 0.3], line: "#747578" },
};
