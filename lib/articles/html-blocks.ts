import { isTag, isText, type AnyNode, type Element } from "domhandler";
import { isBlankText } from "@/lib/text/plain-text-problem";
import { PARAGRAPH, type BlockKind } from "./block-kinds";
import { isCaptionMarkup } from "./caption-markup";
import { walkDom } from "./dom-walk";
import { BLOCK_ELEMENTS } from "./sanitize-article-html";

/** One paragraph of an HTML article: canonical text (lines joined by "\n") and its kind. */
export interface HtmlBlock {
  kind: BlockKind;
  text: string;
}

const CAPTION: BlockKind = { type: "caption" };
const HEADING_LEVELS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
// What HTML collapses: space, tab, LF, FF, CR. Not U+00A0, which is kept as it is.
const HTML_WHITE_SPACE = /[ \t\n\f\r]+/g;
// Invisible controls an entity like "&#1;" can produce; PostgreSQL cannot store NUL.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/**
 * A line of text as a reader sees it: white space runs made one space, controls gone,
 * and white space (U+00A0 included) trimmed from the ends. A broken emoji half is kept,
 * for assembleImportedArticle to refuse rather than change the text unseen.
 */
export function cleanLine(raw: string): string {
  return raw.replace(HTML_WHITE_SPACE, " ").replace(CONTROL_CHARACTERS, "").trim();
}

interface Context {
  kind: BlockKind;
  ordered: boolean;
  preformatted: boolean;
}

function contextInside(element: Element, outer: Context): Context {
  const level = HEADING_LEVELS[element.name];
  if (level) return { ...outer, kind: { type: "heading", level } };
  switch (element.name) {
    case "ul":
    case "menu":
      return { ...outer, ordered: false };
    case "ol":
      return { ...outer, ordered: true };
    case "li":
      return { ...outer, kind: { type: "list-item", ordered: outer.ordered } };
    case "blockquote":
      return { ...outer, kind: { type: "quote" } };
    case "pre":
      return { ...outer, preformatted: true };
    case "figcaption":
    case "caption":
      return { ...outer, kind: CAPTION };
    default:
      return isCaptionMarkup(element) ? { ...outer, kind: CAPTION } : outer;
  }
}

/**
 * The paragraphs under `root`: each block element starts a new one, inline elements
 * add their text, <br> (and a newline inside <pre>) breaks a line. Headings, list items,
 * quotes and captions give their kind to every paragraph inside them; empty paragraphs are dropped,
 * and so are empty lines (invisible-only ones too), so a paragraph never holds a blank line.
 */
export function collectHtmlBlocks(root: AnyNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const contexts: Context[] = [{ kind: PARAGRAPH, ordered: false, preformatted: false }];
  let lines: string[] = [""];
  const current = () => contexts[contexts.length - 1]!;

  const endBlock = () => {
    // A line of only zero-width characters is as empty as a blank one: nobody could highlight it.
    const text = lines.map(cleanLine).filter((line) => !isBlankText(line)).join("\n");
    if (text.length > 0) blocks.push({ kind: current().kind, text });
    lines = [""];
  };
  const addText = (text: string) => {
    lines[lines.length - 1] += text;
  };

  walkDom(root, {
    enter(node) {
      if (isText(node)) {
        if (current().preformatted) node.data.split(/\r\n?|\n/).forEach((line, i) => (i > 0 ? lines.push(line) : addText(line)));
        else addText(node.data);
        return false;
      }
      if (!isTag(node)) return false;
      if (node.name === "br") lines.push("");
      if (node.name === "head" || node.name === "title") return false;
      if (BLOCK_ELEMENTS.has(node.name)) {
        endBlock();
        contexts.push(contextInside(node, current()));
      }
      return true;
    },
    leave(element) {
      if (!BLOCK_ELEMENTS.has(element.name)) return;
      endBlock();
      contexts.pop();
    },
  });
  endBlock();
  return blocks;
}
