import { Parser } from "htmlparser2";
import { ValidationFailed } from "@/lib/errors";

/** Far deeper than any real page (news pages nest tens of levels), far shallower than an attack. */
export const MAX_HTML_DEPTH = 1_000;

class TooDeep extends Error {}

/**
 * Refuses HTML whose elements nest deeper than MAX_HTML_DEPTH. htmlparser2 (and so
 * sanitize-html) keeps its open elements in an array it shifts and unshifts, so its time
 * grows with the square of the depth: 100,000 nested <div>s take seconds, a 5 MB upload
 * of them minutes. This pass stops at the limit, so it stays linear.
 */
export function assertHtmlDepth(html: string): void {
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      if (depth > MAX_HTML_DEPTH) throw new TooDeep();
    },
    onclosetag() {
      depth -= 1;
    },
  });
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    throw new ValidationFailed(`This page's elements are nested more than ${MAX_HTML_DEPTH} levels deep, so it cannot be read.`);
  }
}
