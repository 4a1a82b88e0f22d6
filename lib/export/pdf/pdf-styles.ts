import type { ReportTag } from "../report/report";
import type { Ink } from "./pdf-ink";
import type { Run, TextStyle } from "./text-layout";

export const INK = "#1b1f24";
export const MUTED = "#4a5360";
export const RULE = "#d5d9e0";
export const ACCENT = "#1f4fbf";
export const PANEL = "#f5f6f8";

const style = (font: TextStyle["font"], size: number, color = INK): TextStyle => ({ font, size, color });

/** The type scale of a printed export, in points. */
export const TYPE = {
  title: style("bold", 19),
  subtitle: style("italic", 12.5, MUTED),
  section: style("bold", 13),
  subsection: style("bold", 10.5),
  body: style("regular", 10.5),
  article: style("regular", 10.5),
  caption: style("italic", 9.5, MUTED),
  small: style("regular", 9),
  smallBold: style("bold", 9),
  smallItalic: style("italic", 9),
  muted: style("regular", 8.5, MUTED),
  label: style("bold", 8.5, MUTED),
} as const;

/**
 * A tag's code in a small box of its colour, raised like a superscript; with a note number
 * (or a run of them, `through`) it is a highlight's end label.
 */
export function tagLabel(tag: ReportTag, note?: number, size = 6.6, through = note): Run<Ink> {
  const notes = note === undefined ? "" : through !== undefined && through > note ? `${note}–${through}\u00a0` : `${note}\u00a0`;
  return {
    text: `${notes}${tag.abbreviation}`,
    style: { font: "bold", size, color: tag.style.line },
    box: { padding: 1.4, rise: note === undefined ? 0.5 : 3.6 },
    data: { label: { tag, note, through } },
  };
}

/** The tag's name drawn as a highlight of that tag (tint and patterned line), then its boxed code. */
export function tagSample(tag: ReportTag, textStyle: TextStyle = TYPE.small): Run<Ink>[] {
  return [{ text: tag.label, style: textStyle, data: { tags: [tag], shallow: true } }, { text: " ", style: textStyle }, tagLabel(tag, undefined, Math.max(6, textStyle.size - 2.2))];
}
