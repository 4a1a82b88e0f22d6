import { ValidationFailed } from "@/lib/errors";
import { ArticleAuthor } from "./article-schemas";
import { assembleImportedArticle, type ImportedDetails } from "./assemble-imported-article";
import { extractHtmlArticle, type ExtractedHtmlArticle } from "./extract-html-article";
import { assertHtmlDepth } from "./html-depth";
import type { ImportedArticle } from "./imported-article";
import { importedTitle } from "./imported-title";
import { sanitizeArticleHtml } from "./sanitize-article-html";
import { titleWithoutSiteName } from "./title-without-site-name";

/**
 * The title: the page's <title>, else og:title, else the article's first <h1>, as plain text
 * (see importedTitle), without the site's name when og:site_name, og:title or the <h1> show
 * which part of it that is.
 */
function pageTitle({ documentTitle, blocks, details }: ExtractedHtmlArticle): string | null {
  const firstH1 = importedTitle(blocks.find(({ kind }) => kind.type === "heading" && kind.level === 1)?.text);
  const ogTitle = importedTitle(details.ogTitle);
  const evidence = { siteName: details.siteName, cleaner: [ogTitle, firstH1].filter((title) => title !== null) };
  const title = importedTitle(documentTitle) ?? ogTitle;
  return title ? titleWithoutSiteName(title, evidence) : firstH1;
}

function pageDetails(extracted: ExtractedHtmlArticle): ImportedDetails {
  // A byline that breaks the rule typed authors follow is left out rather than refusing the page.
  const author = ArticleAuthor.safeParse(extracted.details.author ?? "");
  return { title: pageTitle(extracted), author: author.success ? author.data : null, publishedOn: extracted.details.publishedOn };
}

/**
 * An uploaded web page: sanitized, then the text of its article (the first <article>,
 * else <main>, else <body>) as paragraphs with their kinds, its title, author and day
 * (see readHtmlArticleDetails). Throws ValidationFailed for a page with no text, too much
 * text, bytes that are not text, half an emoji, or elements nested absurdly deep.
 */
export function importHtml(html: string): ImportedArticle {
  if (html.includes("\u0000")) throw new ValidationFailed("This file is not a web page: it contains binary data (NUL bytes).");
  assertHtmlDepth(html);
  const extracted = extractHtmlArticle(sanitizeArticleHtml(html));
  return assembleImportedArticle(extracted.blocks, pageDetails(extracted), "HTML", "This HTML file has no text to annotate.");
}
