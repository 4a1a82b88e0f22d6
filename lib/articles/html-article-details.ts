import type { AnyNode, Element } from "domhandler";
import { PublicationDay } from "@/lib/text/date-fields";
import { findAllElements, findFirstElement } from "./dom-walk";
import { elementText } from "./element-text";
import { cleanLine, type HtmlBlock } from "./html-blocks";

/** What a page says about its article besides the text, as found (checked later, by importHtml). */
export interface HtmlArticleDetails {
  ogTitle: string | null;
  siteName: string | null;
  author: string | null;
  /** The publication day, "2026-11-03", as the page wrote it (no shift to UTC). */
  publishedOn: string | null;
}

// A name is a few words: longer text in a byline-like element is a biography or a sentence.
const MAX_NAME_LENGTH = 100;
const MAX_NAME_WORDS = 8;
// Bylines say "By Dana Whitfield · 3 November 2026" or "… | Staff"; the name comes first.
const BYLINE_SEPARATOR = /\s*[|·•—–]\s*|\s+-\s+/;
// "By " then a capital: "By Dana Whitfield", not "By the end of the day".
const BY_LINE = /^by\s+(?=\p{Lu})/iu;
// A paragraph starting "By " counts as the byline only near the top, under the headline.
const BYLINE_PARAGRAPHS = 6;

const tokens = (value: string | undefined) => (value ?? "").split(/\s+/).filter(Boolean);
const classNamed = (word: string) => {
  const pattern = new RegExp(`(^|[-_])${word}($|[-_])`, "i");
  return (element: Element) => tokens(element.attribs.class).some((name) => pattern.test(name));
};
const hasToken = (attribute: string, token: string) => (element: Element) => tokens(element.attribs[attribute]).includes(token);

function metaContent(document: AnyNode, key: string): string | null {
  const meta = findFirstElement(document, (e) => e.name === "meta" && (e.attribs.property === key || e.attribs.name === key));
  const content = cleanLine(meta?.attribs.content ?? "");
  return content.length > 0 ? content : null;
}

/** The name in a byline's text: without "By", the date, or whatever follows a separator. */
function nameInByline(text: string, dates: readonly string[]): string | null {
  const withoutDates = dates.reduce((rest, date) => rest.replace(date, " "), text);
  const name = cleanLine(withoutDates.replace(/^\s*by\s+/i, "").split(BYLINE_SEPARATOR)[0] ?? "").replace(/[,;:]+$/, "").trim();
  const plausible = name.length > 0 && name.length <= MAX_NAME_LENGTH && name.split(" ").length <= MAX_NAME_WORDS;
  return plausible ? name : null;
}

function bylineElementName(root: AnyNode): string | null {
  const candidates = [classNamed("byline"), hasToken("itemprop", "author"), classNamed("author")];
  for (const test of candidates) {
    for (const element of findAllElements(root, test)) {
      const text = elementText(element);
      const dates = findAllElements(element, (e) => e.name === "time").flatMap((time) => elementText(time) ?? []);
      const name = text && nameInByline(text, dates);
      if (name) return name;
    }
  }
  return null;
}

function relAuthorNames(root: AnyNode): string | null {
  const names = findAllElements(root, hasToken("rel", "author")).flatMap((element) => elementText(element) ?? []);
  const distinct = [...new Set(names)].filter((name) => name.length <= MAX_NAME_LENGTH);
  return distinct.length > 0 ? distinct.join(", ") : null;
}

function bylineParagraphName(blocks: readonly HtmlBlock[]): string | null {
  for (const block of blocks.slice(0, BYLINE_PARAGRAPHS)) {
    const line = block.text.split("\n")[0]!;
    if (BY_LINE.test(line) && line.length <= MAX_NAME_LENGTH + 3) {
      const name = nameInByline(line, []);
      if (name) return name;
    }
  }
  return null;
}

/** The day at the start of an ISO date or date-time ("2026-11-03", "2026-11-03T23:30-05:00"), if it is a real day. */
function dayOf(value: string | null | undefined): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value ?? "")?.[1];
  return day && PublicationDay.safeParse(day).success ? day : null;
}

function publishedOn(document: AnyNode, root: AnyNode): string | null {
  const published = dayOf(metaContent(document, "article:published_time"));
  if (published) return published;
  for (const time of findAllElements(root, (e) => e.name === "time" && e.attribs.datetime !== undefined)) {
    const day = dayOf(time.attribs.datetime);
    if (day) return day;
  }
  return null;
}

/**
 * The page's Open Graph title and site name, the article's author (meta[name=author], else
 * the [rel=author] names, else a byline element, else a "By …" paragraph near the top) and
 * its day (article:published_time, else the article's first <time datetime> that holds one).
 * `document` is the whole sanitized page, `root` the article in it, `blocks` its paragraphs.
 */
export function readHtmlArticleDetails(document: AnyNode, root: AnyNode, blocks: readonly HtmlBlock[]): HtmlArticleDetails {
  return {
    ogTitle: metaContent(document, "og:title"),
    siteName: metaContent(document, "og:site_name"),
    author: metaContent(document, "author") ?? relAuthorNames(root) ?? bylineElementName(root) ?? bylineParagraphName(blocks),
    publishedOn: publishedOn(document, root),
  };
}
