/**
 * The two sums of unitizing alpha over every rater at once, in O(n log n) instead of over
 * every pair of raters (which for a class of 1,000 is half a million pairs per category).
 * Offsets are whole numbers; every intermediate stays an integer below 2^53 for texts of up
 * to about a million characters, so the sums are exact.
 */

export interface UnitizingSegment {
  start: number;
  end: number;
  isUnit: boolean;
}

/**
 * Σ over pairs of raters of Σ over their overlapping segments of δ², written as two sums that
 * do not need the pairs. (1) Units of one rater never overlap, so every overlapping pair of
 * units belongs to two raters: Σ (Δbegin² + Δend²) over all overlapping unit pairs, expanded
 * into prefix sums of begin, begin², end, end². (2) A unit lying inside another rater's gap
 * adds its length²; each rater has at most one gap containing it, so it adds length² times the
 * number of gaps (of anyone) containing it, counted with a Fenwick tree.
 */
export function observedPairSum(segmentations: readonly (readonly UnitizingSegment[])[]): number {
  const units = new Columns();
  const gaps = new Columns();
  for (const segments of segmentations) for (const s of segments) (s.isUnit ? units : gaps).push(s.start, s.end);
  return observedFromColumns(units.done(), gaps.done());
}

/** observedPairSum from every rater's units and gaps as columns (see SegmentColumns). */
export function observedFromColumns(units: Spans, gaps: Spans): number {
  const byStart = orderBy(units.start);
  return overlappingUnitPairs(units, byStart) + unitsInsideGaps(units, byStart, gaps);
}

/** Starts and ends in typed arrays: the sums below sort 10,000s of them per category, and numbers sort natively. */
export class Columns {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  push(start: number, end: number) {
    this.starts.push(start);
    this.ends.push(end);
  }
  done(): Spans {
    return { start: Float64Array.from(this.starts), end: Float64Array.from(this.ends) };
  }
}

export interface Spans {
  start: Float64Array;
  end: Float64Array;
}

/**
 * Every rater's units of one category and the gaps between them (over [begin, end)), as
 * columns: the same segmentations as walking each rater's continuum, without an object each.
 */
export function segmentColumns(unitsByRater: readonly (readonly { start: number; end: number }[])[], begin: number, end: number): { units: Spans; gaps: Spans } {
  const units = new Columns();
  const gaps = new Columns();
  for (const own of unitsByRater) {
    let at = begin;
    for (const unit of own) {
      if (unit.start > at) gaps.push(at, unit.start);
      units.push(unit.start, unit.end);
      at = unit.end;
    }
    if (at < end) gaps.push(at, end);
  }
  return { units: units.done(), gaps: gaps.done() };
}

function overlappingUnitPairs(units: Spans, byStart: Int32Array): number {
  const byEnd = orderBy(units.end);
  const starts = Float64Array.from(byStart, (u) => units.start[u]!);
  const ends = Float64Array.from(byEnd, (u) => units.end[u]!);
  const fromStart = prefixSums(units, byStart);
  const fromEnd = prefixSums(units, byEnd);
  let total = 0;
  for (let g = 0; g < units.start.length; g++) {
    const [gs, ge] = [units.start[g]!, units.end[g]!];
    // Overlapping g: begin before g ends, less those that end before g begins (all of which begin before it too).
    const k = lowerBound(starts, ge);
    const k2 = upperBound(ends, gs);
    const count = k - k2;
    const s1 = fromStart.s1[k]! - fromEnd.s1[k2]!;
    const s2 = fromStart.s2[k]! - fromEnd.s2[k2]!;
    const e1 = fromStart.e1[k]! - fromEnd.e1[k2]!;
    const e2 = fromStart.e2[k]! - fromEnd.e2[k2]!;
    total += count * gs * gs - 2 * gs * s1 + s2 + count * ge * ge - 2 * ge * e1 + e2;
  }
  return total / 2; // each unordered pair was counted from both ends
}

function unitsInsideGaps(units: Spans, unitOrder: Int32Array, gaps: Spans): number {
  // Gaps with equal ends share a rank (the first of them); the Fenwick tree counts gaps by the rank of their end.
  const gapEnds = gaps.end.slice().sort();
  const tree = new Int32Array(gapEnds.length + 1);
  const gapOrder = orderBy(gaps.start);
  let inserted = 0;
  let total = 0;
  for (const u of unitOrder) {
    for (; inserted < gapOrder.length && gaps.start[gapOrder[inserted]!]! <= units.start[u]!; inserted++) {
      for (let i = lowerBound(gapEnds, gaps.end[gapOrder[inserted]!]!) + 1; i < tree.length; i += i & -i) tree[i]! += 1;
    }
    let endingBefore = 0;
    for (let i = lowerBound(gapEnds, units.end[u]!); i > 0; i -= i & -i) endingBefore += tree[i]!;
    const length = units.end[u]! - units.start[u]!;
    total += length * length * (inserted - endingBefore);
  }
  return total;
}

/**
 * Indices that sort `values` (whole numbers) ascending, ties by index. Offsets into an article
 * are small next to the number of units, so a counting sort (linear) does it when the range
 * allows; otherwise each value is packed with its index into one double and sorted natively.
 */
function orderBy(values: Float64Array): Int32Array {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max <= 4 * values.length + 1024 ? countingOrder(values, max) : packedOrder(values);
}

function countingOrder(values: Float64Array, max: number): Int32Array {
  const next = new Int32Array(max + 2);
  for (const v of values) next[v + 1]! += 1;
  for (let i = 1; i < next.length; i++) next[i]! += next[i - 1]!;
  const order = new Int32Array(values.length);
  values.forEach((v, i) => {
    order[next[v]!++] = i;
  });
  return order;
}

function packedOrder(values: Float64Array): Int32Array {
  const shift = 2 ** 21;
  if (values.length >= shift) throw new RangeError("too many units to sort");
  const packed = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) packed[i] = values[i]! * shift + i;
  packed.sort();
  // Floor division by a power of two is exact, and much faster than % on doubles.
  return Int32Array.from(packed, (p) => p - Math.floor(p / shift) * shift);
}

/** Σ over gaps at least `length` long of (gap - length + 1): the places a unit of that length fits. */
export function placementCounter(gapLengths: ArrayLike<number>): (length: number) => number {
  const sorted = Float64Array.from(gapLengths).sort();
  const suffix = new Float64Array(sorted.length + 1);
  for (let i = sorted.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + sorted[i]!;
  return (length) => {
    const first = lowerBound(sorted, length);
    return suffix[first]! - (length - 1) * (sorted.length - first);
  };
}

function prefixSums(units: Spans, order: Int32Array) {
  const n = order.length;
  const sums = { s1: new Float64Array(n + 1), s2: new Float64Array(n + 1), e1: new Float64Array(n + 1), e2: new Float64Array(n + 1) };
  order.forEach((u, i) => {
    const [start, end] = [units.start[u]!, units.end[u]!];
    sums.s1[i + 1] = sums.s1[i]! + start;
    sums.s2[i + 1] = sums.s2[i]! + start * start;
    sums.e1[i + 1] = sums.e1[i]! + end;
    sums.e2[i + 1] = sums.e2[i]! + end * end;
  });
  return sums;
}

/** The number of values below `value` in an ascending array. */
function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of values at or below `value` in an ascending array. */
function upperBound(sorted: ArrayLike<number>, value: number): number {
  return lowerBound(sorted, value + 1);
}
