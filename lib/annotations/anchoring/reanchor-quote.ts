import { findApproximateMatches } from "./approximate-matches";
import { QUOTE_CONTEXT_LENGTH, splitsSurrogatePair, type QuoteSelector } from "./quote-selector";
import { similarity } from "./text-similarity";
import { checkTextRange, trimTextRange, type TextRange } from "./text-range";

/**
 * A fuzzy match may differ from the quote in at most this share of its characters (edit
 * distance ≤ 20% of the quote's length): a fixed typo or a changed word in a long highlight,
 * not a rewritten sentence. Quotes under 5 characters therefore never match fuzzily.
 */
export const FUZZY_MAX_EDIT_SHARE = 0.2;

/**
 * A quote found away from its old position (exactly or fuzzily) is accepted only where the text
 * around it still agrees with the stored context: at least 75% alike on one side (the 32
 * characters before or after). A quote this long (32 characters) is evidence enough on its own.
 * Without this a short quote ("Russia") whose sentence was deleted would land on any other
 * "Russia" in the article.
 */
export const CONTEXT_AGREEMENT = 0.75;
export const SELF_EVIDENT_QUOTE_LENGTH = QUOTE_CONTEXT_LENGTH;

/** How a quote was placed in the new text: at its old position, by its exact words elsewhere, or fuzzily. */
export type PlacedBy = "exact" | "quote" | "fuzzy";
export type Placement = PlacedBy | "orphaned";

export type Reanchoring = (TextRange & { placedBy: PlacedBy }) | { placedBy: "orphaned" };

export interface QuoteToReanchor extends Partial<Omit<QuoteSelector, "exact">> {
  exact: string;
  /** Where the quote stood in the old text: tried first, then the start the nearest occurrence is measured from. */
  position?: TextRange;
  /** Only a start to measure nearness from (an orphan's last place), never tried as a position. */
  hint?: number;
}

interface Candidate extends TextRange {
  errors: number;
}

/** Weights of Hypothesis's match-quote.ts, which ranks fuzzy candidates the same way. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/**
 * Where a stored annotation's quote stands in a new text (an edited article, an imported file's
 * target): (a) at its old position when the text there is still exactly the quote; else (b) the
 * occurrence of the exact quote whose surroundings agree most with its prefix and suffix (then
 * the nearest to the old position); else (c) the best approximate match (approx-string-match,
 * at most FUZZY_MAX_EDIT_SHARE edits), ranked by quote, context and nearness as Hypothesis
 * ranks them; else orphaned. (b) and (c) need the context to agree (CONTEXT_AGREEMENT). When
 * (b)'s occurrence has lost some of its context, (c) is looked for too and wins if it ranks
 * higher: the quote's own place with a typo fixed, over the same words standing elsewhere.
 * Pure: strings and numbers only.
 */
export function reanchorQuote(text: string, quote: QuoteToReanchor): Reanchoring {
  const { exact, position } = quote;
  if (exact === "") return { placedBy: "orphaned" };
  if (position && text.slice(position.start, position.end) === exact && isWholeRange(text, position)) {
    return { start: position.start, end: position.end, placedBy: "exact" };
  }
  const hint = position?.start ?? quote.hint;
  const occurrences = exactOccurrences(text, exact);
  const byQuote = bestByContext(text, quote, occurrences.filter((c) => contextAgrees(text, quote, c)), hint);
  const asQuote = byQuote && { start: byQuote.start, end: byQuote.end, placedBy: "quote" as const };
  if (asQuote && keepsAllContext(text, quote, asQuote)) return asQuote;
  const fuzzy = bestFuzzy(text, quote, occurrences, hint);
  if (asQuote && (!fuzzy || rank(text, quote, byQuote, hint) >= rank(text, quote, fuzzy, hint))) return asQuote;
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, placedBy: "fuzzy" } : { placedBy: "orphaned" };
}

const isWholeRange = (text: string, { start, end }: TextRange) => !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const candidate = { start: at, end: at + exact.length, errors: 0 };
    if (isWholeRange(text, candidate)) found.push(candidate);
  }
  return found;
}

/** How alike the text before and after a candidate is to the stored prefix and suffix (1 for a side not stored). */
function contextSimilarity(text: string, quote: QuoteToReanchor, { start, end }: TextRange) {
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  return {
    prefix: similarity(text.slice(Math.max(0, start - prefix.length), start), prefix),
    suffix: similarity(text.slice(end, end + suffix.length), suffix),
  };
}

/** The context rule above: a long quote, no stored context to compare, or one side still ≥ 75% alike. */
function contextAgrees(text: string, quote: QuoteToReanchor, candidate: TextRange): boolean {
  if (quote.exact.length >= SELF_EVIDENT_QUOTE_LENGTH) return true;
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  if (prefix === "" && suffix === "") return true;
  const alike = contextSimilarity(text, quote, candidate);
  return (prefix !== "" && alike.prefix >= CONTEXT_AGREEMENT) || (suffix !== "" && alike.suffix >= CONTEXT_AGREEMENT);
}

function keepsAllContext(text: string, quote: QuoteToReanchor, candidate: TextRange): boolean {
  const alike = contextSimilarity(text, quote, candidate);
  return alike.prefix === 1 && alike.suffix === 1;
}

/** Hypothesis's ranking: how alike the quote, the prefix and the suffix are, and nearness to the old place as a tie-breaker. */
function rank(text: string, quote: QuoteToReanchor, candidate: Candidate, hint: number | undefined): number {
  const alike = contextSimilarity(text, quote, candidate);
  const near = hint === undefined ? 1 : 1 - Math.abs(candidate.start - hint) / text.length;
  return WEIGHT.quote * (1 - candidate.errors / quote.exact.length) + WEIGHT.prefix * alike.prefix + WEIGHT.suffix * alike.suffix + WEIGHT.position * near;
}

const distance = (candidate: TextRange, hint: number | undefined) => (hint === undefined ? candidate.start : Math.abs(candidate.start - hint));

/** (b): the occurrence with the most context characters kept, then the nearest, then the first. */
function bestByContext(text: string, quote: QuoteToReanchor, candidates: Candidate[], hint: number | undefined): Candidate | null {
  const kept = (c: Candidate) => {
    const alike = contextSimilarity(text, quote, c);
    return Math.round(alike.prefix * (quote.prefix ?? "").length + alike.suffix * (quote.suffix ?? "").length);
  };
  let best: { candidate: Candidate; kept: number; distance: number } | null = null;
  for (const candidate of candidates) {
    const scored = { candidate, kept: kept(candidate), distance: distance(candidate, hint) };
    if (!best || scored.kept > best.kept || (scored.kept === best.kept && scored.distance < best.distance)) best = scored;
  }
  return best?.candidate ?? null;
}

/** (c): approximate matches of the quote, its exact occurrences (judged by (b)) left out. */
function bestFuzzy(text: string, quote: QuoteToReanchor, exact: Candidate[], hint: number | undefined): Candidate | null {
  const maxErrors = Math.floor(quote.exact.length * FUZZY_MAX_EDIT_SHARE);
  if (maxErrors === 0) return null;
  let best: { candidate: Candidate; score: number } | null = null;
  for (const match of findApproximateMatches(masked(text, exact), quote.exact, maxErrors)) {
    const candidate = tidyRange(text, match);
    if (!candidate || !contextAgrees(text, quote, candidate)) continue;
    const scored = { candidate, score: rank(text, quote, candidate, hint) };
    if (!best || scored.score > best.score) best = scored;
  }
  return best?.candidate ?? null;
}

/**
 * The text with the given stretches blanked out (NUL, which no article holds): an exact
 * occurrence would otherwise be the search's best match in its part of the text and hide the
 * edited passage the quote really came from.
 */
function masked(text: string, ranges: TextRange[]): string {
  let out = text;
  for (const { start, end } of ranges) out = out.slice(0, start) + "\u0000".repeat(end - start) + out.slice(end);
  return out;
}

/** A fuzzy match's range as a highlight would be: no white space at its edges, no half of an emoji. */
function tidyRange(text: string, match: Candidate): Candidate | null {
  const trimmed = trimTextRange(text, match);
  if (!trimmed) return null;
  const start = splitsSurrogatePair(text, trimmed.start) ? trimmed.start - 1 : trimmed.start;
  const end = splitsSurrogatePair(text, trimmed.end) ? trimmed.end + 1 : trimmed.end;
  const range = { start, end };
  return checkTextRange(text, range) === null ? { ...range, errors: match.errors } : null;
}
