import search from "approx-string-match";

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edits between the pattern and text.slice(start, end). */
  errors: number;
}

/** The smallest stretch searched at once; larger for long patterns (see below). */
const MIN_WINDOW = 1024;

/**
 * Stretches of `text` within `maxErrors` edits of `pattern`. approx-string-match reports only
 * the matches with the fewest errors in the whole text, so one near miss would hide a worse but
 * right one elsewhere; searching overlapping windows keeps the best of each part of the text.
 * Windows overlap by the longest a match can be, so every match lies wholly inside one.
 */
export function findApproximateMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  const longest = pattern.length + maxErrors;
  const size = Math.max(MIN_WINDOW, 4 * longest);
  const step = size - longest;
  const found = new Map<string, ApproximateMatch>();
  for (let from = 0; ; from += step) {
    for (const match of search(text.slice(from, from + size), pattern, maxErrors)) {
      const start = from + match.start;
      const end = from + match.end;
      found.set(`${start}:${end}`, { start, end, errors: match.errors });
    }
    if (from + size >= text.length) break;
  }
  return [...found.values()];
}
