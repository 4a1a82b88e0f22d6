import type { BlockKind } from "@/lib/articles/block-kinds";
import type { ArticleBlock } from "../report/annotated-article";
import type { Heatmap, ReportTag } from "../report/report";
import type { PiecedBlock, TextPiece } from "../report/text-pieces";
import type { PdfFlow } from "./pdf-flow";
import { paintInk, underlineOffset, type Ink } from "./pdf-ink";
import { MUTED, RULE, TYPE, tagLabel } from "./pdf-styles";
import type { Run, TextStyle } from "./text-layout";

const INDENT = 18;

function blockStyle(kind: BlockKind): TextStyle {
  if (kind.type === "caption") return TYPE.caption;
  if (kind.type !== "heading") return TYPE.article;
  return { ...TYPE.article, font: "bold", size: kind.level <= 2 ? 13.5 : kind.level === 3 ? 12 : 11 };
}

/**
 * Paragraphs, headings, list items, quotes and captions of the article, each piece drawn with its ink.
 * Every line is as tall as the deepest underline the article uses needs, so the stacked lines
 * of overlapping tags never run into the next line.
 */
export function drawBlocks<T>(flow: PdfFlow, blocks: readonly PiecedBlock<T>[], runsOf: (piece: TextPiece<T>, index: number, block: PiecedBlock<T>, style: TextStyle) => Run<Ink>[], deepest: number): void {
  const painter = paintInk(flow.doc);
  for (const block of blocks) {
    const style = blockStyle(block.kind);
    const indented = block.kind.type === "list-item" || block.kind.type === "quote";
    const x = flow.left + (indented ? INDENT : 0);
    const runs = block.pieces.flatMap((piece, i) => runsOf(piece, i, block, style));
    const lines = flow.layout(runs, flow.width - (indented ? INDENT : 0));
    const ascent = style.size * 1.12;
    const lineHeight = Math.max(style.size * 1.6, ascent + (deepest < 0 ? 0 : underlineOffset(deepest)) + 4.2);
    if (block.kind.type === "heading") flow.ensure(lineHeight * (lines.length + 2));
    else flow.ensure(lineHeight * Math.min(2, lines.length));
    const kind = block.kind;
    flow.drawLines(lines, {
      x,
      lineHeight,
      ascent,
      painter: (line, at) => {
        if (kind.type === "quote") flow.doc.save().moveTo(flow.left + 5, at.top + 1).lineTo(flow.left + 5, at.top + at.height - 1).lineWidth(2).strokeColor(RULE).stroke().restore();
        // The bullet or number before the item's text, so that it also comes first when the text is copied.
        if (kind.type === "list-item" && line === lines[0]) {
          flow.useStyle({ ...style, color: MUTED });
          flow.doc.text(kind.ordered ? `${block.listNumber ?? 1}.` : "•", flow.left + 2, at.baseline, { lineBreak: false, baseline: "alphabetic" });
        }
        painter(line, at);
      },
    });
    flow.space(block.kind.type === "heading" ? 4 : 6);
  }
}

/** The annotated article: tints and lines of every tag covering a piece, and each highlight's label where it ends. */
export function drawAnnotatedArticle(flow: PdfFlow, blocks: readonly ArticleBlock[], tags: Map<string, ReportTag>): void {
  const used = new Set(blocks.flatMap((b) => b.pieces.flatMap((p) => p.value?.tags ?? [])));
  const deepest = Math.max(-1, ...[...used].map((id) => tags.get(id)!.style.depth));
  drawBlocks(
    flow,
    blocks,
    (piece, index, block, style) => [
      { text: piece.text, style, data: piece.value ? { tags: piece.value.tags.map((id) => tags.get(id)!) } : undefined },
      ...(block as ArticleBlock).markers[index]!.map((m) => tagLabel(tags.get(m.tag)!, m.note, undefined, m.through)),
    ],
    deepest,
  );
}

/** The heatmap: the article shaded on the five-step scale, the underline thickening with it. */
export function drawHeatmapArticle(flow: PdfFlow, heatmap: Heatmap): void {
  drawBlocks(flow, heatmap.blocks, (piece, _i, _b, style) => [{ text: piece.text, style, data: piece.value ? { heat: piece.value.level } : undefined }], 0);
}
