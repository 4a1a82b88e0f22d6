import { splitsSurrogatePair, type QuoteSelector } from "./quote-selector";
import type { TextRange } from "./text-range";

export interface QuoteToPlace extends Partial<Omit<QuoteSelector, "exact">> {
  exact: string;
  /** Where the quote was (UTF-16 offsets), if known: tried first, and the tie-breaker after. */
  position?: TextRange;
}

export interface Placement extends TextRange {
  /** "position" when the quote was found where it was said to be, "quote" when searched for. */
  by: "position" | "quote";
}

/** How many characters `a` and `b` share at their ends (`fromEnd`) or their starts. */
function sharedLength(a: string, b: string, fromEnd: boolean): number {
  const most = Math.min(a.length, b.length);
  let n = 0;
  while (n < most && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n += 1;
  return n;
}

/**
 * Where a quote stands in `text`: at its position when the text there is exactly the quote;
 * otherwise the occurrence of the quote whose surroundings agree most with its prefix and
 * suffix (then the one nearest the old position, then the first). Exact matches only: fuzzy
 * matching is a later step. Null when the quote is not in the text.
 */
export function placeQuote(text: string, quote: QuoteToPlace): Placement | null {
  const { exact, position } = quote;
  if (exact === "") return null;
  if (position && text.slice(position.start, position.end) === exact && !splitsSurrogatePair(text, position.start) && !splitsSurrogatePair(text, position.end)) {
    return { start: position.start, end: position.end, by: "position" };
  }
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (splitsSurrogatePair(text, at) || splitsSurrogatePair(text, at + exact.length)) continue;
    const score =
      sharedLength(text.slice(Math.max(0, at - prefix.length), at), prefix, true) +
      sharedLength(text.slice(at + exact.length, at + exact.length + suffix.length), suffix, false);
    const distance = position ? Math.abs(at - position.start) : at;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best && { start: best.start, end: best.start + exact.length, by: "quote" };
}
