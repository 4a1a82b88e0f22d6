import { ValidationFailed } from "@/lib/errors";
import { assertArticleLength } from "./article-length";
import type { HtmlBlock } from "./html-blocks";
import type { ImportedArticle } from "./imported-article";

/** Joins extracted paragraphs into canonical text, refusing an article with no text or too much. */
export function assembleImportedArticle(
  blocks: HtmlBlock[],
  title: string | null,
  format: "HTML" | "DOCX",
  emptyMessage: string,
): ImportedArticle {
  if (blocks.length === 0) throw new ValidationFailed(emptyMessage);
  const text = blocks.map((block) => block.text).join("\n\n");
  assertArticleLength(text);
  return { title, text, blocks: blocks.map((block) => block.kind), format };
}

/** A heading's text as a title: its line breaks become spaces. */
export function titleFromBlock(block: HtmlBlock | undefined): string | null {
  return block ? block.text.replace(/\n/g, " ") : null;
}
