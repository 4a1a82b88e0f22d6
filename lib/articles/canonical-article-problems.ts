import type { ImportedArticle } from "./imported-article";
import { splitIntoBlocks } from "./text-blocks";

/**
 * What breaks the ImportedArticle invariants for an HTML or .docx import, or an empty
 * list: paragraphs joined by exactly "\n\n", none empty, none with white space at an
 * end, none holding an empty line, and one block kind per paragraph.
 */
export function canonicalArticleProblems({ text, blocks }: ImportedArticle): string[] {
  const problems: string[] = [];
  const paragraphs = text.split("\n\n");
  if (paragraphs.some((paragraph) => paragraph.length === 0)) problems.push("an empty paragraph, or more than one blank line");
  paragraphs.forEach((paragraph, index) => {
    if (paragraph !== paragraph.trim()) problems.push(`paragraph ${index} starts or ends with white space`);
    if (paragraph.split("\n").some((line) => line.trim().length === 0)) problems.push(`paragraph ${index} holds an empty line`);
  });
  const ranges = splitIntoBlocks(text);
  if (ranges.length !== paragraphs.length) problems.push(`splitIntoBlocks finds ${ranges.length} paragraphs, not ${paragraphs.length}`);
  if (blocks && blocks.length !== ranges.length) problems.push(`${blocks.length} block kinds for ${ranges.length} paragraphs`);
  return problems;
}
