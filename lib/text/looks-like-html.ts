// Elements a saved web page is made of. Only these count, so that "x <y and z> w" or
// "I <3 it" in an article is still text, while "<p>" or "<script src=…>" is not.
const HTML_ELEMENTS = [
  "html", "head", "body", "title", "meta", "link", "base", "script", "style", "noscript", "template",
  "iframe", "object", "embed", "svg", "img", "picture", "video", "audio", "source", "canvas",
  "article", "main", "section", "nav", "header", "footer", "aside", "div", "span", "p", "br", "hr",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "code",
  "a", "em", "strong", "b", "i", "u", "s", "small", "mark", "sub", "sup", "q", "cite", "abbr", "time",
  "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
  "form", "input", "button", "select", "option", "textarea", "label", "font", "center",
];

const TAG = new RegExp(`</?(?:${HTML_ELEMENTS.join("|")})(?=[\\s/>])[^<>]*>`, "i");
const COMMENT_OR_DOCTYPE = /<!--|<!doctype\s/i;

/** True when `text` holds HTML tags, a comment or a doctype, as a saved web page would. */
export function looksLikeHtml(text: string): boolean {
  return TAG.test(text) || COMMENT_OR_DOCTYPE.test(text);
}
