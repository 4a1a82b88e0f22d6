import { ValidationFailed } from "@/lib/errors";
import { looksLikeHtml } from "@/lib/text/looks-like-html";
import { isBlankText, LONE_SURROGATE } from "@/lib/text/plain-text-problem";
import { assertArticleLength } from "./article-length";
import { canonicalizePlainText } from "./canonical-text";
import type { ImportedArticle } from "./imported-article";

// C0 controls other than tab and newline (CR is gone by now), and DEL; PostgreSQL cannot store NUL.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/**
 * A pasted article: the text as canonicalizePlainText leaves it, after checking that it
 * can be stored and annotated as it is. Throws ValidationFailed saying what is wrong.
 */
export function importPlainText(raw: string): ImportedArticle {
  const text = canonicalizePlainText(raw);
  // Text of only zero-width characters is as empty as none: there is nothing to highlight.
  if (isBlankText(text)) throw new ValidationFailed("The article is empty: paste the text of the article.");
  assertArticleLength(text);
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    throw new ValidationFailed(
      `The text contains an invisible control character (on line ${lineOf(text, control.index)}) that cannot be stored; remove it and try again.`,
    );
  }
  const broken = LONE_SURROGATE.exec(text);
  if (broken) {
    throw new ValidationFailed(
      `The text contains a broken character, half of an emoji (on line ${lineOf(text, broken.index)}); remove it and try again.`,
    );
  }
  if (looksLikeHtml(text)) throw new ValidationFailed("This looks like HTML; upload it as an .html file instead.");
  return { title: null, author: null, publishedOn: null, text, blocks: null, format: "TEXT" };
}
