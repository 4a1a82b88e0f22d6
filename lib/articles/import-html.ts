import { ValidationFailed } from "@/lib/errors";
import { assembleImportedArticle } from "./assemble-imported-article";
import { extractHtmlArticle } from "./extract-html-article";
import { assertHtmlDepth } from "./html-depth";
import type { ImportedArticle } from "./imported-article";
import { importedTitle } from "./imported-title";
import { sanitizeArticleHtml } from "./sanitize-article-html";

/**
 * An uploaded web page: sanitized, then the text of its article (the first <article>,
 * else <main>, else <body>) as paragraphs with their kinds. The title is the page's
 * <title>, else the article's first <h1>, as plain text (see importedTitle). Throws
 * ValidationFailed for a page with no text, too much text, bytes that are not text, half
 * an emoji, or elements nested absurdly deep.
 */
export function importHtml(html: string): ImportedArticle {
  if (html.includes("\u0000")) throw new ValidationFailed("This file is not a web page: it contains binary data (NUL bytes).");
  assertHtmlDepth(html);
  const { documentTitle, blocks } = extractHtmlArticle(sanitizeArticleHtml(html));
  const firstH1 = blocks.find(({ kind }) => kind.type === "heading" && kind.level === 1);
  return assembleImportedArticle(
    blocks,
    importedTitle(documentTitle) ?? importedTitle(firstH1?.text),
    "HTML",
    "This HTML file has no text to annotate.",
  );
}
