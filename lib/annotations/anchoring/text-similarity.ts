import search from "approx-string-match";

/**
 * How many single-character edits (insertions, deletions, substitutions) separate `expected`
 * from the stretch of `found` most like it: Myers' bit-parallel search, as Hypothesis scores
 * a quote's context (match-quote.ts). Nothing found costs every character of `expected`.
 */
export function editsToFind(found: string, expected: string): number {
  if (expected.length === 0) return 0;
  if (found.length === 0) return expected.length;
  return search(found, expected, expected.length)[0]?.errors ?? expected.length;
}

/** 1 when `found` holds `expected` as it is, down to 0 when nothing of it is there. */
export function similarity(found: string, expected: string): number {
  return expected.length === 0 ? 1 : 1 - editsToFind(found, expected) / expected.length;
}
