import { ValidationFailed } from "@/lib/errors";

/** The longest article text (UTF-16 code units) an import accepts. */
export const MAX_ARTICLE_LENGTH = 200_000;

const count = new Intl.NumberFormat("en-US");

/** Throws ValidationFailed when `text` is longer than an article may be. */
export function assertArticleLength(text: string): void {
  if (text.length > MAX_ARTICLE_LENGTH) {
    throw new ValidationFailed(
      `The article is too long: it has ${count.format(text.length)} characters and the limit is ${count.format(MAX_ARTICLE_LENGTH)}.`,
    );
  }
}
