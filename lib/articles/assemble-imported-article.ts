import { ValidationFailed } from "@/lib/errors";
import { LONE_SURROGATE } from "@/lib/text/plain-text-problem";
import { assertArticleLength } from "./article-length";
import type { HtmlBlock } from "./html-blocks";
import type { ImportedArticle } from "./imported-article";

/** What a file says about its article besides the text. */
export type ImportedDetails = Pick<ImportedArticle, "title" | "author" | "publishedOn">;

/**
 * Joins extracted paragraphs into canonical text, refusing an article with no text, too
 * much, or half an emoji: PostgreSQL would store U+FFFD for it, so the text would change
 * unseen, and dropping it would join the words around it. The teacher fixes the file instead.
 */
export function assembleImportedArticle(
  blocks: HtmlBlock[],
  details: ImportedDetails,
  format: "HTML" | "DOCX",
  emptyMessage: string,
): ImportedArticle {
  if (blocks.length === 0) throw new ValidationFailed(emptyMessage);
  const broken = blocks.findIndex((block) => LONE_SURROGATE.test(block.text));
  if (broken >= 0) {
    throw new ValidationFailed(`The article contains a broken character, half of an emoji (in paragraph ${broken + 1}); remove it and try again.`);
  }
  const text = blocks.map((block) => block.text).join("\n\n");
  assertArticleLength(text);
  return { ...details, text, blocks: blocks.map((block) => block.kind), format };
}
