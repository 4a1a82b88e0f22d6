import { TAG_LOOKS, type TagColor, type TagLook } from "@/lib/annotations/tag-palette";

export type { UnderlinePattern } from "@/lib/annotations/tag-palette";

/** How one tag colour is drawn: the app's own look (a tint, a patterned line, a stacking depth). */
export type TagStyle = TagLook;

/** The app's tag colours and patterns, for the exports, which carry no stylesheet of the app. */
export const TAG_STYLES: Record<TagColor, TagStyle> = TAG_LOOKS;

/** The heatmap's one hue (components/compare/compare.css `.heat`, colours in app/styles/tokens.css), its opacity and underline width per step 1–5. */
export const HEAT_STYLE = {
  fill: [76, 58, 196] as const,
  line: "#3b2a9e",
  alpha: [0.08, 0.17, 0.27, 0.38, 0.5] as const,
  /** CSS pixels, as in `.heat-N`. */
  lineWidth: [1, 2, 3, 4, 6] as const,
};
