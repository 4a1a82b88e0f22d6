import type { BlockKind } from "./block-kinds";
import { paragraphKindOf, type ParagraphKind } from "./paragraph-kind";
import { splitIntoBlocks } from "./text-blocks";

/** The subset of TipTap's JSON content the reader's schema (doc, paragraph, heading, text, hardBreak) uses. */
export type ArticleInlineNode = { type: "text"; text: string } | { type: "hardBreak" };
export interface ArticleParagraphNode {
  type: "paragraph";
  attrs?: { kind: ParagraphKind };
  content?: ArticleInlineNode[];
}
export interface ArticleHeadingNode {
  type: "heading";
  attrs: { level: 1 | 2 | 3 | 4 | 5 | 6 };
  content?: ArticleInlineNode[];
}
export type ArticleBlockNode = ArticleParagraphNode | ArticleHeadingNode;
export interface ArticleDocument {
  type: "doc";
  content: ArticleBlockNode[];
}

function toInlineNodes(paragraph: string): ArticleInlineNode[] {
  const nodes: ArticleInlineNode[] = [];
  paragraph.split("\n").forEach((line, index) => {
    if (index > 0) nodes.push({ type: "hardBreak" });
    if (line.length > 0) nodes.push({ type: "text", text: line });
  });
  return nodes;
}

function toBlockNode(kind: BlockKind | undefined, content: ArticleInlineNode[]): ArticleBlockNode {
  const filled = content.length > 0 ? { content } : {};
  if (kind?.type === "heading") return { type: "heading", attrs: { level: kind.level }, ...filled };
  const paragraphKind = paragraphKindOf(kind);
  return paragraphKind ? { type: "paragraph", attrs: { kind: paragraphKind }, ...filled } : { type: "paragraph", ...filled };
}

/**
 * Builds the viewer's document from canonical text: one textblock per block (a heading,
 * or a paragraph whose `kind` marks a list item or quote), a hard break per single
 * newline. Nothing is ever nested, and every character of a block becomes exactly one
 * position, which is what lets createTextPositionMap translate offsets with arithmetic
 * alone. `blocks` that do not match the text's paragraphs one for one are ignored.
 */
export function buildArticleDocument(text: string, blocks?: BlockKind[] | null): ArticleDocument {
  const ranges = splitIntoBlocks(text);
  const kinds = blocks && blocks.length === ranges.length ? blocks : null;
  return {
    type: "doc",
    content: ranges.map(({ start, end }, index) => toBlockNode(kinds?.[index], toInlineNodes(text.slice(start, end)))),
  };
}
