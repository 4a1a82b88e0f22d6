import type { Element } from "domhandler";
import { cleanLine, collectHtmlBlocks } from "./html-blocks";

/** An element's text on one line as a reader sees it (its paragraphs joined by spaces), or null when it has none. */
export function elementText(element: Element | null): string | null {
  if (!element) return null;
  // Only the element's children are walked, so <title> itself is not skipped here.
  const text = cleanLine(collectHtmlBlocks(element).map((block) => block.text).join(" "));
  return text.length > 0 ? text : null;
}
