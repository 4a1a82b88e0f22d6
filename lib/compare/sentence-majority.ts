import { mergeOverlaps, type PlainSpan } from "./merge-overlaps";
import type { TextRange } from "./sentences";

export interface TaggedRange extends TextRange {
  tag: string;
}

/** What a reader's tag for a whole sentence is when they tagged less than half of it. */
export const UNTAGGED = "none";

/**
 * Each sentence's majority tag for one reader: the tag covering most of its characters, or
 * `none` when untagged characters are the most. A tie goes to a tag over `none`, then to the
 * tag listed first, so the answer never depends on the order of the spans.
 */
export function sentenceMajorities(sentences: readonly TextRange[], spans: readonly TaggedRange[], tagOrder: readonly string[]): string[] {
  const touched = touchedSentenceMajorities(sentences, spans, tagOrder);
  return sentences.map((_, index) => touched.get(index) ?? UNTAGGED);
}

/**
 * The same, only for the sentences the reader's spans touch and whose majority is a tag (every
 * other sentence is `none`): a reader with 40 highlights touches a few dozen sentences, so a
 * class of 1,000 costs 1,000 × 40, not 1,000 × every sentence. Sentences must be sorted and
 * disjoint, as splitSentences gives them.
 */
export function touchedSentenceMajorities(sentences: readonly TextRange[], spans: readonly TaggedRange[], tagOrder: readonly string[]): Map<number, string> {
  const order = [...tagOrder, ...new Set(spans.map((s) => s.tag).filter((tag) => !tagOrder.includes(tag)))];
  const groups = new Map<string, TaggedRange[]>(order.map((tag) => [tag, []]));
  for (const span of spans) groups.get(span.tag)!.push(span);
  const untagged = new Map<number, number>();
  addCoverage(sentences, mergeOverlaps(spans), (index, covered) => untagged.set(index, sentences[index]!.end - sentences[index]!.start - covered));
  const byTag = order.map((tag) => {
    const covered = new Map<number, number>();
    addCoverage(sentences, mergeOverlaps(groups.get(tag)!), (index, length) => covered.set(index, (covered.get(index) ?? 0) + length));
    return covered;
  });
  const majorities = new Map<number, string>();
  for (const [index, rest] of untagged) {
    let best = UNTAGGED;
    let bestLength = rest;
    order.forEach((tag, t) => {
      // Strictly more, or as much as "none": tags are tried in order, so the first of equals wins.
      const tagged = byTag[t]!.get(index) ?? 0;
      if (tagged > bestLength || (tagged === bestLength && tagged > 0 && best === UNTAGGED)) [best, bestLength] = [tag, tagged];
    });
    if (best !== UNTAGGED) majorities.set(index, best);
  }
  return majorities;
}

/** Calls `add(sentence, characters)` for every sentence each of the sorted, disjoint ranges covers part of. */
function addCoverage(sentences: readonly TextRange[], ranges: readonly PlainSpan[], add: (index: number, length: number) => void): void {
  const perSentence = new Map<number, number>();
  for (const range of ranges) {
    for (let i = firstEndingAfter(sentences, range.start); i < sentences.length && sentences[i]!.start < range.end; i++) {
      const length = Math.min(range.end, sentences[i]!.end) - Math.max(range.start, sentences[i]!.start);
      if (length > 0) perSentence.set(i, (perSentence.get(i) ?? 0) + length);
    }
  }
  for (const [index, length] of perSentence) add(index, length);
}

/** The first sentence that ends after `offset` (binary search). */
function firstEndingAfter(sentences: readonly TextRange[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
