import type { AnyNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { findFirstElement } from "./dom-walk";
import { cleanLine, collectHtmlBlocks, type HtmlBlock } from "./html-blocks";

export interface ExtractedHtmlArticle {
  /** The text of the page's <title>, or null when it has none (or an empty one). */
  documentTitle: string | null;
  blocks: HtmlBlock[];
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

function textOf(element: Element | null): string | null {
  if (!element) return null;
  // Only the element's children are walked, so <title> itself is not skipped here.
  const text = cleanLine(collectHtmlBlocks(element).map((block) => block.text).join(" "));
  return text.length > 0 ? text : null;
}

/**
 * The title and paragraphs of a page already passed through sanitizeArticleHtml
 * (entities are decoded here, once).
 */
export function extractHtmlArticle(sanitizedHtml: string): ExtractedHtmlArticle {
  const document = parseDocument(sanitizedHtml);
  return {
    documentTitle: textOf(findFirstElement(document, named("title"))),
    blocks: collectHtmlBlocks(findArticleRoot(document)),
  };
}
