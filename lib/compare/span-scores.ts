/**
 * Span precision, recall and F1 with partial credit for partial overlap, as scored in
 * SemEval-2020 Task 11 (span identification) and, labelled, in its technique task:
 *
 *   C(s, t, h) = |s ∩ t| / h
 *   P = (1/|S|) Σ_s Σ_t C(s, t, |s|)      R = (1/|T|) Σ_t Σ_s C(s, t, |t|)
 *   F1 = 2PR / (P + R)
 *
 * (Da San Martino et al., "Fine-Grained Analysis of Propaganda in News Articles", EMNLP-IJCNLP
 * 2019, pp. 5636–5646, which defines C; "SemEval-2020 Task 11: Detection of Propaganda Techniques
 * in News Articles", SemEval 2020, which uses it for span identification.)
 *
 * Choices, each taken from the task's official scorer (tools/task-SI_scorer.py, G. Da San Martino)
 * unless said otherwise:
 * - Spans of one side are merged first when they share at least one character (the scorer holds a
 *   span as the set of its character offsets and merges on a non-empty intersection). Spans that
 *   only touch ([0,5) and [5,9)) stay apart. Without merging, one long submitted span laid over two
 *   nested gold spans would earn more than full credit. The scorer always merges gold and merges
 *   the submission on request; we always merge both, so P and R stay within [0, 1].
 * - `labelled: true` merges per tag and counts overlaps only between spans of the same tag; |S| and
 *   |T| still count spans of every tag (the scorer's technique-classification mode).
 * - Empty sides: when nothing was submitted P = 0, when there is no gold R = 0, and F1 = 0 unless
 *   both P and R are positive (all as the scorer does). When both sides are empty the scorer reports
 *   F1 = 1 but leaves P = R = 0; we report P = R = F1 = 1 (nothing to find and nothing wrongly
 *   found), so that F1 stays the harmonic mean of P and R.
 * - Zero-length spans carry no characters and are dropped. A span with a negative or non-integer
 *   offset, or with end < start, is a RangeError; so is a span without a tag in labelled mode.
 */

export interface Span {
  start: number;
  end: number;
  tag?: string;
}

export interface SpanScores {
  precision: number;
  recall: number;
  f1: number;
}

export function spanScores(submitted: Span[], gold: Span[], options?: { labelled?: boolean }): SpanScores {
  const labelled = options?.labelled === true;
  const sums = overlapSums(mergeByGroup(submitted, labelled, "submitted"), mergeByGroup(gold, labelled, "gold"));
  return scoresOf([...sums.values()].reduce(addSums, NO_SUMS));
}

/**
 * The labelled scores overall and for each tag at once, merging each side once: the same as
 * spanScores(submitted, gold, { labelled: true }) and, per tag, spanScores of that tag's spans
 * alone, for the scores table that wants both for every student.
 */
export function labelledSpanScores(submitted: Span[], gold: Span[], tags: readonly string[]): { overall: SpanScores; byTag: Record<string, SpanScores> } {
  const sums = overlapSums(mergeByGroup(submitted, true, "submitted"), mergeByGroup(gold, true, "gold"));
  return {
    overall: scoresOf([...sums.values()].reduce(addSums, NO_SUMS)),
    byTag: Object.fromEntries(tags.map((tag) => [tag, scoresOf(sums.get(tag) ?? NO_SUMS)])),
  };
}

/** Per group: how many merged spans each side has, and the overlap shares summed for P and R. */
interface OverlapSums {
  submittedCount: number;
  goldCount: number;
  precisionSum: number;
  recallSum: number;
}

const NO_SUMS: OverlapSums = { submittedCount: 0, goldCount: 0, precisionSum: 0, recallSum: 0 };

const addSums = (a: OverlapSums, b: OverlapSums): OverlapSums => ({
  submittedCount: a.submittedCount + b.submittedCount,
  goldCount: a.goldCount + b.goldCount,
  precisionSum: a.precisionSum + b.precisionSum,
  recallSum: a.recallSum + b.recallSum,
});

function overlapSums(mergedSubmitted: Map<string, Interval[]>, mergedGold: Map<string, Interval[]>): Map<string, OverlapSums> {
  const sums = new Map<string, OverlapSums>();
  for (const group of new Set([...mergedSubmitted.keys(), ...mergedGold.keys()])) {
    const submittedSpans = mergedSubmitted.get(group) ?? [];
    const goldSpans = mergedGold.get(group) ?? [];
    let precisionSum = 0;
    let recallSum = 0;
    for (const s of submittedSpans) {
      for (const t of goldSpans) {
        const shared = overlapLength(s, t);
        if (shared === 0) continue;
        precisionSum += shared / (s.end - s.start);
        recallSum += shared / (t.end - t.start);
      }
    }
    sums.set(group, { submittedCount: submittedSpans.length, goldCount: goldSpans.length, precisionSum, recallSum });
  }
  return sums;
}

function scoresOf({ submittedCount, goldCount, precisionSum, recallSum }: OverlapSums): SpanScores {
  if (submittedCount === 0 && goldCount === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = submittedCount === 0 ? 0 : precisionSum / submittedCount;
  const recall = goldCount === 0 ? 0 : recallSum / goldCount;
  const f1 = precision > 0 && recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

interface Interval {
  start: number;
  end: number;
}

/** Unlabelled scoring puts every span in one group, whatever its tag. */
const ONE_GROUP = "";

function mergeByGroup(spans: Span[], labelled: boolean, side: string): Map<string, Interval[]> {
  const groups = new Map<string, Interval[]>();
  spans.forEach((span, index) => {
    assertValidSpan(span, `${side}[${index}]`);
    if (labelled && typeof span.tag !== "string") {
      throw new RangeError(`${side}[${index}] has no tag, and labelled scoring compares tags`);
    }
    if (span.end === span.start) return;
    const group = labelled ? (span.tag as string) : ONE_GROUP;
    const list = groups.get(group) ?? [];
    list.push({ start: span.start, end: span.end });
    groups.set(group, list);
  });
  for (const [group, list] of groups) groups.set(group, mergeOverlapping(list));
  return groups;
}

function assertValidSpan(span: Span, where: string): void {
  const { start, end } = span;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    throw new RangeError(`${where}: offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0) throw new RangeError(`${where}: start must not be negative, got ${start}`);
  if (end < start) throw new RangeError(`${where}: end ${end} is before start ${start}`);
}

/** Joins spans that share a character; touching spans stay apart. */
function mergeOverlapping(spans: Interval[]): Interval[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}


function overlapLength(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
