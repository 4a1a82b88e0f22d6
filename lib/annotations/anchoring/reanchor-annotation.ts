import { describeQuote, type QuoteSelector } from "./quote-selector";
import { reanchorQuote, type Placement } from "./reanchor-quote";
import type { TextRange } from "./text-range";

/** An annotation's anchor as stored: offsets, quote and context, and whether it is orphaned. */
export interface StoredAnchor extends TextRange, QuoteSelector {
  orphaned: boolean;
}

export interface ReanchoredAnchor {
  placedBy: Placement;
  anchor: StoredAnchor;
}

/**
 * A stored anchor moved into a new text. Placed: the new offsets with the quote and context
 * described afresh from the new text (so the next move starts from it). Not placed: orphaned,
 * keeping the old quote, context and offsets (the offsets only a hint for the next move). An
 * orphan is searched for again, its old offsets never taken for a position.
 */
export function reanchorAnnotation(text: string, stored: StoredAnchor): ReanchoredAnchor {
  const { exact, prefix, suffix, start, end } = stored;
  const found = reanchorQuote(text, stored.orphaned ? { exact, prefix, suffix, hint: start } : { exact, prefix, suffix, position: { start, end } });
  if (found.placedBy === "orphaned") return { placedBy: "orphaned", anchor: { ...stored, orphaned: true } };
  return { placedBy: found.placedBy, anchor: { start: found.start, end: found.end, ...describeQuote(text, found.start, found.end), orphaned: false } };
}
