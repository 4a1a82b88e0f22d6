import type { BlockKind } from "@/lib/articles/block-kinds";
import type { ArticleBlock, Coverage, Marker } from "../report/annotated-article";
import type { Footnote, Heatmap, ReportTag } from "../report/report";
import type { PiecedBlock, TextPiece } from "../report/text-pieces";
import { html, type SafeHtml } from "./html-template";

/**
 * The article's paragraphs as HTML: headings, paragraphs, quotes, captions, and runs of list
 * items grouped into one list. No whitespace is added inside a paragraph (it keeps the text's own).
 */
export function renderBlocks<T>(blocks: readonly PiecedBlock<T>[], renderPiece: (piece: TextPiece<T>, block: PiecedBlock<T>, index: number) => SafeHtml): SafeHtml {
  const out: SafeHtml[] = [];
  for (let i = 0; i < blocks.length; ) {
    const kind = blocks[i]!.kind;
    if (kind.type === "list-item") {
      const run: PiecedBlock<T>[] = [];
      while (i < blocks.length && sameList(blocks[i]!.kind, kind)) run.push(blocks[i++]!);
      const items = run.map((b) => html`<li>${b.pieces.map((p, k) => renderPiece(p, b, k))}</li>`);
      out.push(kind.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`);
      continue;
    }
    const block = blocks[i++]!;
    const content = block.pieces.map((p, k) => renderPiece(p, block, k));
    if (kind.type === "heading") {
      // The export's own title is h1 and its sections h2, so the article's headings start at h3.
      const level = Math.min(6, kind.level + 2);
      out.push(html`<h${level} class="heading">${content}</h${level}>`);
    } else if (kind.type === "quote") out.push(html`<blockquote>${content}</blockquote>`);
    // A <figcaption> belongs inside a <figure>, whose image the article no longer has.
    else if (kind.type === "caption") out.push(html`<p class="caption">${content}</p>`);
    else out.push(html`<p>${content}</p>`);
  }
  return html`${out}`;
}

const sameList = (a: BlockKind, b: BlockKind) => a.type === "list-item" && b.type === "list-item" && a.ordered === b.ordered;

/** The annotated article: each piece inside one tinted, patterned span per tag covering it, a marker where each highlight ends. */
export function renderAnnotatedArticle(blocks: readonly ArticleBlock[], tags: Map<string, ReportTag>, notes: readonly Footnote[]): SafeHtml {
  const marker = (m: Marker) => {
    const tag = tags.get(m.tag)!;
    const notes = m.through > m.note ? `${m.note}–${m.through}` : `${m.note}`;
    // One label for several notes: each of the others still has a place here to link back to.
    const others = Array.from({ length: m.through - m.note }, (_, k) => html`<span id="ref-${m.note + k + 1}"></span>`);
    return html`<a class="marker tag-color-${tag.color}" id="ref-${m.note}" href="#note-${m.note}" aria-label="${m.through > m.note ? "Notes" : "Note"} ${notes}: ${tag.label}">${notes}&#160;${tag.abbreviation}</a>${others}`;
  };
  return renderBlocks<Coverage>(blocks, (piece, block, index) => {
    const markers = (block as ArticleBlock).markers[index]!.map(marker);
    if (!piece.value) return html`${piece.text}${markers}`;
    const inner = piece.value.tags.reduceRight<SafeHtml>((content, id) => html`<span class="u tag-color-${tags.get(id)!.color}">${content}</span>`, html`${piece.text}`);
    const title = piece.value.notes.map((n) => describe(notes[n - 1]!)).join("; ");
    return html`<mark class="hl" data-notes="${piece.value.notes.join(" ")}" title="${title}">${inner}</mark>${markers}`;
  });
}

const describe = (note: Footnote) => `${note.number}: ${note.tag.label}${note.reader ? ` (${note.reader})` : ""}`;

/** The class heatmap: the article shaded by the share of readers who tagged each stretch. */
export function renderHeatmapArticle(heatmap: Heatmap): SafeHtml {
  return renderBlocks(heatmap.blocks, (piece) =>
    piece.value ? html`<span class="heat heat-${piece.value.level}" title="tagged by ${piece.value.covering} of ${heatmap.readers}">${piece.text}</span>` : html`${piece.text}`,
  );
}
