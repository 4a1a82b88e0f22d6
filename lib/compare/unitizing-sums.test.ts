import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { observedPairSum, placementCounter, type UnitizingSegment } from "./unitizing-sums";

/**
 * The definition, pair by pair (Krippendorff 1995, as DKPro's KrippendorffAlphaUnitizingAgreement
 * walks it): for every two raters, walk their segmentations together and add δ² for each
 * overlapping pair of segments. Slow and obvious; the fast sums must agree with it exactly.
 */
function observedByPairs(segmentations: UnitizingSegment[][]): number {
  const delta = (g: UnitizingSegment, h: UnitizingSegment) => {
    if (g.isUnit && h.isUnit) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2;
    const [unit, gap] = g.isUnit ? [g, h] : [h, g];
    return unit.isUnit && !gap.isUnit && gap.start <= unit.start && unit.end <= gap.end ? (unit.end - unit.start) ** 2 : 0;
  };
  let sum = 0;
  for (let a = 0; a < segmentations.length; a++) {
    for (let b = a + 1; b < segmentations.length; b++) {
      const [first, second] = [segmentations[a]!, segmentations[b]!];
      for (let i = 0, j = 0; i < first.length && j < second.length; ) {
        sum += delta(first[i]!, second[j]!);
        const [g, h] = [first[i]!, second[j]!];
        if (g.end <= h.end) i++;
        if (h.end <= g.end) j++;
      }
    }
  }
  return sum;
}

/** A rater's units (sorted, not overlapping, maybe touching) with the gaps between them over [0, length). */
function segmentation(cuts: number[], length: number): UnitizingSegment[] {
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
  const segments: UnitizingSegment[] = [];
  let at = 0;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const [start, end] = [points[i]!, points[i + 1]!];
    if (start > at) segments.push({ start: at, end: start, isUnit: false });
    segments.push({ start, end, isUnit: true });
    at = end;
  }
  if (at < length) segments.push({ start: at, end: length, isUnit: false });
  return segments;
}

describe("observedPairSum", () => {
  it("agrees with the pair-by-pair definition on a hand-checked case", () => {
    // Rater A: unit [2,6); rater B: unit [4,8); rater C: nothing. A-B: units overlap, δ² = 2² + 2² = 8;
    // A's unit in C's gap: 16; B's unit in C's gap: 16. Total 40.
    const a = segmentation([2, 6], 10);
    const b = segmentation([4, 8], 10);
    const c = segmentation([], 10);
    expect(observedByPairs([a, b, c])).toBe(40);
    expect(observedPairSum([a, b, c])).toBe(40);
  });

  it("agrees exactly with the pair-by-pair definition for any raters' segmentations", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(fc.array(fc.nat(), { maxLength: 10 }), { minLength: 2, maxLength: 7 }), (length, raters) => {
        const segmentations = raters.map((cuts) => segmentation(cuts, length));
        expect(observedPairSum(segmentations)).toBe(observedByPairs(segmentations));
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with the definition when offsets are far apart too (the sort that packs offsets with indices)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(), { maxLength: 8 }), { minLength: 2, maxLength: 5 }), (raters) => {
        const stretched = raters.map((cuts) => segmentation(cuts, 40).map((s) => ({ ...s, start: s.start * 100_000, end: s.end * 100_000 })));
        expect(observedPairSum(stretched)).toBe(observedByPairs(stretched));
      }),
      { numRuns: 200 },
    );
  });
});

describe("placementCounter", () => {
  it("counts the places a unit of each length fits in gaps at least that long", () => {
    const gaps = [3, 10, 1, 5];
    const placements = placementCounter(gaps);
    const byDefinition = (l: number) => gaps.filter((g) => g >= l).reduce((sum, g) => sum + g - l + 1, 0);
    for (const l of [1, 2, 3, 4, 5, 6, 10, 11]) expect(placements(l)).toBe(byDefinition(l));
    expect(placements(4)).toBe(2 + 7);
  });
});
