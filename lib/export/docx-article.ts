import { CommentRangeEnd, CommentRangeStart, CommentReference, HeadingLevel, Paragraph, type IParagraphOptions, ShadingType, TextRun, UnderlineType, type ParagraphChild } from "docx";
import type { TagColor } from "@/lib/annotations/tag-palette";
import { PARAGRAPH, type BlockKind } from "@/lib/articles/block-kinds";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";
import { textRuns, type RunLook } from "./docx-runs";
import type { ExportAnnotation, ExportModel } from "./export-model";
import { highlightPieces, type Piece } from "./highlight-pieces";
import { TAG_STYLES, tintOnPaper, type TagPattern } from "./tag-styles";

/** The numbering config of ordered list items (write-docx.ts declares it). */
export const ORDERED_LIST = "ordered-list";

const UNDERLINES: Record<TagPattern, (typeof UnderlineType)[keyof typeof UnderlineType]> = {
  solid: UnderlineType.SINGLE,
  dashed: UnderlineType.DASH,
  wavy: UnderlineType.WAVE,
  double: UnderlineType.DOUBLE,
  dotted: UnderlineType.DOTTED,
};

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/**
 * How text under highlights looks: the tints of all of them stacked, as on screen, and the
 * underline (pattern and colour) of the innermost one, so a tag still reads in greyscale.
 * `colors` go outermost first.
 */
export function highlightLook(colors: readonly TagColor[]): RunLook {
  const innermost = colors[colors.length - 1];
  if (innermost === undefined) return {};
  const { line, pattern } = TAG_STYLES[innermost];
  return { shading: { type: ShadingType.CLEAR, fill: tintOnPaper(colors), color: "auto" }, underline: { type: UNDERLINES[pattern], color: line } };
}

/**
 * The article as Word paragraphs, one per paragraph of the canonical text, each highlight a
 * Word comment whose range opens and closes at the highlight's own ends (comment id = the
 * annotation's index in the model), overlapping highlights cut into runs.
 */
export function articleParagraphs(model: ExportModel): Paragraph[] {
  const { text } = model.article;
  const colorOf = new Map(model.tags.map((tag) => [tag.id, tag.color]));
  const annotations = model.annotations;
  const looks = new Map<string, RunLook>();
  const lookOf = (covering: number[]): RunLook => {
    const key = covering.join(",");
    let look = looks.get(key);
    if (!look) {
      const layered = [...covering].sort((a, b) => depth(annotations[a]!, annotations[b]!));
      look = highlightLook(layered.map((i) => colorOf.get(annotations[i]!.tag) ?? "gray"));
      looks.set(key, look);
    }
    return look;
  };
  let orderedList = 0;
  let previous: BlockKind = PARAGRAPH;
  return highlightPieces(splitIntoBlocks(text), annotations).map((pieces, index) => {
    const kind = model.article.blocks?.[index] ?? PARAGRAPH;
    const ordered = kind.type === "list-item" && kind.ordered;
    if (ordered && !(previous.type === "list-item" && previous.ordered)) orderedList += 1;
    previous = kind;
    return new Paragraph({ ...paragraphLook(kind, orderedList), children: pieces.flatMap((piece) => pieceChildren(text, piece, lookOf)) });
  });
}

/** Outer highlights first: the earlier start, then the later end; the innermost is drawn last, on top. */
function depth(a: ExportAnnotation, b: ExportAnnotation): number {
  return a.start - b.start || b.end - a.end;
}

function pieceChildren(text: string, piece: Piece, lookOf: (covering: number[]) => RunLook): ParagraphChild[] {
  switch (piece.kind) {
    case "open":
      return [new CommentRangeStart(piece.range)];
    case "close":
      // Word puts the comment's mark in a run of its own just after the range, as here.
      return [new CommentRangeEnd(piece.range), new TextRun({ children: [new CommentReference(piece.range)] })];
    case "text":
      return textRuns(text.slice(piece.start, piece.end), lookOf(piece.covering));
  }
}

function paragraphLook(kind: BlockKind, orderedList: number): IParagraphOptions {
  switch (kind.type) {
    case "heading":
      return { heading: HEADINGS[kind.level - 1] };
    case "list-item":
      return kind.ordered ? { numbering: { reference: ORDERED_LIST, level: 0, instance: orderedList } } : { bullet: { level: 0 } };
    case "quote":
      return { style: "Quote" };
    case "caption":
      return { style: "Caption" };
    case "paragraph":
      return {};
  }
}
