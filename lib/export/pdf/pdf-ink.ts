import type { PdfDocument } from "./pdf-document";
import type { ReportTag } from "../report/report";
import { HEAT_STYLE, type UnderlinePattern } from "../report/tag-styles";
import type { LinePainter } from "./pdf-flow";
import type { Fragment, Line } from "./text-layout";

/** What is drawn with a run of text besides its letters. */
export interface Ink {
  /** Highlights: each tag's tint behind the text and its patterned line under it. */
  tags?: readonly ReportTag[];
  /** Every tag's line right under the text (a tag's name in a list), not at its stacking depth. */
  shallow?: boolean;
  /** A tag's code in a box of its colour: a highlight's end label when it has a note number (then linked to the note, and a link target back). */
  label?: { tag: ReportTag; note?: number; through?: number };
  /** The heatmap: the step (1–5) of its one-hue scale. */
  heat?: number;
  /** A link: to a named place in this file, or (the article's source only) to a web address. */
  goTo?: string;
  url?: string;
  /** A named place other links jump to. */
  anchor?: string;
}

/** Where the stacked underlines sit below the baseline, per depth (0–3), in points. */
export const UNDERLINE_GAP = 2.1;
export const underlineOffset = (depth: number) => 1.9 + depth * UNDERLINE_GAP;

/** Tints and patterned underlines behind the text, boxes behind labels, and every link. */
export function paintInk(doc: PdfDocument): LinePainter<Ink> {
  return (line, at) => {
    const size = Math.max(...line.fragments.map((f) => (f.box ? 0 : f.style.size)), 6);
    const top = at.baseline - size * 0.93;
    const height = size * 1.22;
    for (const { key, from, to } of stretches(line, (f) => f.data?.heat)) {
      const i = Number(key) - 1;
      fill(doc, HEAT_STYLE.fill, HEAT_STYLE.alpha[i]!, at.x + from, top, to - from, height);
      doc.save().moveTo(at.x + from, at.baseline + 2.6).lineTo(at.x + to, at.baseline + 2.6).lineWidth(HEAT_STYLE.lineWidth[i]! * 0.75).strokeColor(HEAT_STYLE.line).stroke().restore();
    }
    const tagStretches = stretches(line, (f) => f.data?.tags?.map((t) => t.id));
    const tagOf = new Map(line.fragments.flatMap((f) => f.data?.tags ?? []).map((t) => [t.id, t]));
    const shallow = line.fragments.some((f) => f.data?.shallow);
    for (const { key, from, to } of tagStretches) {
      const tint = tagOf.get(key)!.style.tint;
      fill(doc, [tint[0], tint[1], tint[2]], tint[3], at.x + from, top, to - from, height);
    }
    for (const { key, from, to } of tagStretches) {
      const { line: colour, pattern, depth } = tagOf.get(key)!.style;
      underline(doc, pattern, at.x + from, at.x + to, at.baseline + underlineOffset(shallow ? 0 : depth), colour);
    }
    for (const f of line.fragments) paintLinks(doc, f, at);
  };
}

function paintLinks(doc: PdfDocument, f: Fragment<Ink>, at: { x: number; top: number; baseline: number; height: number }) {
  const x = at.x + f.x;
  if (f.data?.label && f.box) {
    const { tag, note } = f.data.label;
    const boxTop = at.baseline - f.box.rise - f.style.size * 0.86;
    doc.save().roundedRect(x + 0.3, boxTop, f.width - 0.6, f.style.size * 1.2, 1.2).lineWidth(0.6).fillAndStroke("#ffffff", tag.style.line).restore();
    if (note !== undefined) {
      for (let n = note; n <= (f.data.label.through ?? note); n++) doc.addNamedDestination(`ref-${n}`, "XYZ", at.x, at.top, null);
      doc.goTo(x, boxTop, f.width, f.style.size * 1.2, `note-${note}`);
    }
  }
  if (f.data?.anchor) doc.addNamedDestination(f.data.anchor, "XYZ", at.x, at.top, null);
  if (f.data?.goTo) doc.goTo(x, at.top, f.width, at.height, f.data.goTo);
  if (f.data?.url) doc.link(x, at.top, f.width, at.height, f.data.url);
}

/** Runs of touching fragments that share a key (or one of a list of keys), in order of appearance. */
function stretches(line: Line<Ink>, keysOf: (f: Fragment<Ink>) => string | number | readonly string[] | undefined) {
  const open = new Map<string, { key: string; from: number; to: number }>();
  const done: { key: string; from: number; to: number }[] = [];
  for (const f of line.fragments) {
    const raw = keysOf(f);
    const keys = raw === undefined ? [] : Array.isArray(raw) ? (raw as string[]) : [String(raw)];
    for (const [key, stretch] of open) {
      if (!keys.includes(key)) {
        done.push(stretch);
        open.delete(key);
      }
    }
    for (const key of keys) {
      const stretch = open.get(key);
      if (stretch) stretch.to = f.x + f.width;
      else open.set(key, { key, from: f.x, to: f.x + f.width });
    }
  }
  return [...done, ...open.values()];
}

function fill(doc: PdfDocument, rgb: readonly number[], alpha: number, x: number, y: number, w: number, h: number) {
  doc.save().rect(x, y, w, h).fillOpacity(alpha).fill(hex(rgb)).restore();
}

export const hex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** One tag's underline: solid, dashed, wavy, double or dotted, so tags stay apart in greyscale. */
export function underline(doc: PdfDocument, pattern: UnderlinePattern, x1: number, x2: number, y: number, colour: string): void {
  if (x2 <= x1) return;
  doc.save().strokeColor(colour);
  switch (pattern) {
    case "solid":
      doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.9).stroke();
      break;
    case "dashed":
      doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.9).dash(2.8, { space: 1.6 }).stroke();
      break;
    case "dotted":
      doc.moveTo(x1, y).lineTo(x2, y).lineWidth(1.1).lineCap("round").dash(0.01, { space: 1.9 }).stroke();
      break;
    case "double":
      doc.moveTo(x1, y - 0.75).lineTo(x2, y - 0.75).moveTo(x1, y + 0.75).lineTo(x2, y + 0.75).lineWidth(0.5).stroke();
      break;
    case "wavy": {
      const half = 1.6;
      doc.moveTo(x1, y);
      for (let x = x1, up = true; x < x2; x += half, up = !up) doc.quadraticCurveTo(x + half / 2, y + (up ? -1.3 : 1.3), Math.min(x + half, x2), y);
      doc.lineWidth(0.7).stroke();
      break;
    }
  }
  doc.restore();
}
