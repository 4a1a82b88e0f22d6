import { segment } from "@/lib/compare/segment";
import type { ExportModel } from "../export-model";
import { cutIntoBlocks, type PiecedBlock } from "./text-pieces";

/**
 * The label drawn where a highlight ends: its note number, which links to its footnote. Where
 * several readers ended the same tag at the same place with consecutive notes (a class that
 * agrees), one label stands for them all: notes `note` to `through`.
 */
export interface Marker {
  note: number;
  through: number;
  tag: string;
}

/** What covers one piece of the article: the highlights (by note number) and their distinct tags. */
export interface Coverage {
  notes: number[];
  /** In the assignment's tag order, each once however many highlights give it. */
  tags: string[];
}

export type ArticleBlock = PiecedBlock<Coverage> & {
  /** For each piece (same index), the highlights that end with it. */
  markers: Marker[][];
};

/**
 * The article cut into pieces with the set of highlights covering each, so that overlapping
 * and nested highlights can each be drawn: one sweep (the compare segment sweep, with each
 * highlight as its own "tag") gives the stretches where that set is constant. Highlight n is
 * model.annotations[n - 1], so note numbers follow reading order.
 */
export function annotateArticle(model: Pick<ExportModel, "article" | "annotations" | "tags">): ArticleBlock[] {
  const { text, blocks: kinds } = model.article;
  const tagOrder = new Map(model.tags.map((t, i) => [t.id, i]));
  const rank = (tag: string) => tagOrder.get(tag) ?? model.tags.length;
  const spans = model.annotations.map((a, i) => {
    const start = clamp(a.start, 0, text.length);
    return { reader: "highlights", tag: String(i + 1), start, end: clamp(a.end, start, text.length) };
  });
  const ranges = segment(spans).map((s) => {
    const notes = Object.keys(s.counts).map(Number).sort((a, b) => a - b);
    const tags = [...new Set(notes.map((n) => model.annotations[n - 1]!.tag))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return { start: s.start, end: s.end, value: { notes, tags } };
  });
  const ends = spans.filter((s) => s.end > s.start).map((s) => s.end);
  const blocks: ArticleBlock[] = cutIntoBlocks(text, kinds, ranges, ends).map((b) => ({ ...b, markers: b.pieces.map(() => []) }));

  spans.forEach((span, i) => {
    if (span.end <= span.start) return;
    // A highlight that ends in the blank lines between paragraphs is labelled at the end of the one before.
    const block = blocks.findLast((b) => b.start < span.end && b.pieces.length > 0);
    if (!block) return;
    const at = Math.min(span.end, block.end);
    const piece = block.pieces.findIndex((p) => p.end === at);
    const markers = block.markers[piece === -1 ? block.pieces.length - 1 : piece]!;
    const last = markers.at(-1);
    const tag = model.annotations[i]!.tag;
    if (last && last.tag === tag && last.through === i) last.through = i + 1;
    else markers.push({ note: i + 1, through: i + 1, tag });
  });
  return blocks;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, Math.trunc(value)));
