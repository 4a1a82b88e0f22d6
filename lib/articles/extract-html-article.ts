import type { AnyNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { findFirstElement } from "./dom-walk";
import { elementText } from "./element-text";
import { readHtmlArticleDetails, type HtmlArticleDetails } from "./html-article-details";
import { collectHtmlBlocks, type HtmlBlock } from "./html-blocks";

export interface ExtractedHtmlArticle {
  /** The text of the page's <title>, or null when it has none (or an empty one). */
  documentTitle: string | null;
  blocks: HtmlBlock[];
  details: HtmlArticleDetails;
}

const named = (name: string) => (element: Element) => element.name === name;
const isMain = (element: Element) =>
  element.name === "main" || (element.attribs.role ?? "").split(/\s+/).includes("main");

/** Where the article is: the first <article>, else <main> or [role=main], else <body>, else everything. */
function findArticleRoot(document: AnyNode): AnyNode {
  return (
    findFirstElement(document, named("article")) ??
    findFirstElement(document, isMain) ??
    findFirstElement(document, named("body")) ??
    document
  );
}

/**
 * The title, paragraphs and details (author, date, Open Graph title) of a page already
 * passed through sanitizeArticleHtml (entities are decoded here, once).
 */
export function extractHtmlArticle(sanitizedHtml: string): ExtractedHtmlArticle {
  const document = parseDocument(sanitizedHtml);
  const root = findArticleRoot(document);
  const blocks = collectHtmlBlocks(root);
  return {
    documentTitle: elementText(findFirstElement(document, named("title"))),
    blocks,
    details: readHtmlArticleDetails(document, root, blocks),
  };
}
