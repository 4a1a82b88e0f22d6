import sanitizeHtml from "sanitize-html";

/** Elements that give an article its paragraphs; every other kept element is inline. */
export const BLOCK_ELEMENTS = new Set([
  "html", "body", "article", "main", "section", "header", "hgroup", "div", "p", "pre", "address", "center",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "menu", "li", "dl", "dt", "dd",
  "figure", "figcaption", "details", "summary", "hr",
  "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
]);

const INLINE_ELEMENTS = [
  "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
  "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
  "u", "var",
];

/**
 * Elements dropped with everything inside them: code, page furniture (menus, footers,
 * sidebars, forms), embedded media and their fallback text. Any other element that is
 * not kept (an <img>, a <label>, a custom element) is dropped but its text stays.
 */
const DROPPED_WITH_CONTENT = [
  "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "select",
  "option", "optgroup", "datalist", "textarea", "iframe", "object", "embed", "svg", "math", "canvas",
  "video", "audio", "dialog",
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["head", "title", "meta", ...BLOCK_ELEMENTS, ...INLINE_ELEMENTS],
  // Read, never rendered: role="main" finds the article on pages without <main>; class,
  // itemprop and rel find captions and bylines; <meta> and <time datetime> give the title,
  // author and date (see extract-article-metadata.ts).
  allowedAttributes: { "*": ["role", "class", "itemprop", "rel"], meta: ["name", "property", "content"], time: ["datetime"] },
  allowedSchemes: [],
  nonTextTags: DROPPED_WITH_CONTENT,
  disallowedTagsMode: "discard",
};

/**
 * Reduces an untrusted HTML page to the elements that carry its text. The result is
 * only ever read for its text, never shown as HTML; scripts, styles, comments, event
 * handlers and the contents of DROPPED_WITH_CONTENT are gone from it.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
