import { splitIntoBlocks } from "./text-blocks";

/** The subset of TipTap's JSON content the reader's schema (doc, paragraph, text, hardBreak) uses. */
export type ArticleInlineNode = { type: "text"; text: string } | { type: "hardBreak" };
export interface ArticleParagraphNode {
  type: "paragraph";
  content?: ArticleInlineNode[];
}
export interface ArticleDocument {
  type: "doc";
  content: ArticleParagraphNode[];
}

function toInlineNodes(paragraph: string): ArticleInlineNode[] {
  const nodes: ArticleInlineNode[] = [];
  paragraph.split("\n").forEach((line, index) => {
    if (index > 0) nodes.push({ type: "hardBreak" });
    if (line.length > 0) nodes.push({ type: "text", text: line });
  });
  return nodes;
}

/**
 * Builds the viewer's document from canonical text: one paragraph per block, a hard
 * break per single newline. Every character of a block becomes exactly one position,
 * which is what lets createTextPositionMap translate offsets with arithmetic alone.
 */
export function buildArticleDocument(text: string): ArticleDocument {
  return {
    type: "doc",
    content: splitIntoBlocks(text).map(({ start, end }) => {
      const content = toInlineNodes(text.slice(start, end));
      return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
    }),
  };
}
