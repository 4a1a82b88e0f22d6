import { ValidationFailed } from "@/lib/errors";
import { containsMarkup, isBlankText } from "@/lib/text/plain-text-problem";
import { ARTICLE_TITLE_MAX_LENGTH, ArticleTitle } from "./article-schemas";
import { extractHtmlArticle } from "./extract-html-article";
import { sanitizeArticleHtml } from "./sanitize-article-html";

/** What a page would show for `html`: its text, scripts and styles dropped. */
function textContent(html: string): string {
  return extractHtmlArticle(sanitizeArticleHtml(html))
    .blocks.map((block) => block.text)
    .join(" ");
}

/** At most `max` UTF-16 units, never ending in the first half of an emoji. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}

/**
 * A title found in a file (a page's <title>, a first heading) made into the plain text a
 * typed title must be: markup in it becomes its text ("Kitchen <b>sink</b>
 * <script>alert(1)</script>" → "Kitchen sink"), line breaks become spaces, and a long one
 * is cut to the title limit. Null when nothing visible is left, so the caller can look
 * elsewhere. Anything else the plain-text rule refuses is left for checkImportedTitle.
 */
export function importedTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = cut((containsMarkup(raw) ? textContent(raw) : raw).replace(/\n/g, " ").trim(), ARTICLE_TITLE_MAX_LENGTH);
  return isBlankText(text) ? null : text;
}

/**
 * The file's title, when the teacher typed none, checked by the very rule typed titles
 * are. A file's title cannot be corrected in the file by the teacher, so the refusal says
 * to type one.
 */
export function checkImportedTitle(title: string | null): string {
  if (title === null) throw new ValidationFailed("Give the article a title (the file has none).", { field: "title" });
  const parsed = ArticleTitle.safeParse(title);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message ?? "cannot be used";
  throw new ValidationFailed(`The file's title ${reason}: give the article a title of your own.`, { field: "title" });
}
