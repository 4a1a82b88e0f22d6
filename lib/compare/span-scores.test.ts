import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelledSpanScores, spanScores, type Span } from "./span-scores";

const span = (start: number, end: number, tag?: string): Span => (tag === undefined ? { start, end } : { start, end, tag });

describe("spanScores: the SemEval-2020 Task 11 worked example", () => {
  // The issue's example, scored with the measure of Da San Martino et al., "Fine-Grained Analysis of
  // Propaganda in News Articles" (EMNLP-IJCNLP 2019), C(s,t,h) = |s∩t|/h, as SemEval-2020 Task 11
  // (Da San Martino et al., 2020) scores span identification. Checked by hand:
  //   submitted [0,50) [161,172) [0,10) [115,167)  merge to  S = [0,50) [115,172)            |S| = 2
  //   gold [0,59) [171,181) [0,9) [115,167) [740,759)  merge to
  //        T = [0,59) [115,167) [171,181) [740,759)                                         |T| = 4
  //   P = ( 50/50  +  (52 + 1)/57 ) / 2                = 55/57      = 0.964912...
  //   R = ( 50/59  +  52/52  +  1/10  +  0 ) / 4       = 1149/2360  = 0.486864...
  //   F1 = 2PR / (P + R)                               = 0.647181...
  const submitted = [span(0, 50), span(161, 172), span(0, 10), span(115, 167)];
  const gold = [span(0, 59), span(171, 181), span(0, 9), span(115, 167), span(740, 759)];

  it("gives P 0.9649, R 0.4869, F1 0.6472", () => {
    const scores = spanScores(submitted, gold);
    expect(scores.precision).toBeCloseTo(0.9649, 4);
    expect(scores.recall).toBeCloseTo(0.4869, 4);
    expect(scores.f1).toBeCloseTo(0.6472, 4);
  });

  it("gives the exact fractions of the hand check", () => {
    const scores = spanScores(submitted, gold);
    expect(scores.precision).toBeCloseTo(55 / 57, 12);
    expect(scores.recall).toBeCloseTo(1149 / 2360, 12);
  });
});

describe("spanScores: merging", () => {
  it("merges overlapping gold spans, so one submitted span over two nested ones earns full credit, not more", () => {
    // Unmerged, P would be (6/10 + 6/10) / 1 = 1.2. Merged, gold is [0,10): P = R = 1.
    expect(spanScores([span(0, 10)], [span(0, 6), span(4, 10)])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("merges overlapping submitted spans before counting them", () => {
    // [0,10) and [5,15) become [0,15) = gold, so |S| = 1 and P = R = 1 (unmerged, R would be 15/15 + 10/15).
    expect(spanScores([span(0, 10), span(5, 15)], [span(0, 15)])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("keeps touching spans apart, as the official scorer (sets of character offsets) does", () => {
    // Gold [0,5) and [5,15) share no character: |T| = 2, R = (5/5 + 0/10) / 2 = 0.5.
    // Had they been merged into [0,15), R would be 5/15.
    const scores = spanScores([span(0, 5)], [span(0, 5), span(5, 15)]);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(0.5);
    expect(scores.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe("spanScores: labelled", () => {
  // Constructed and checked by hand.
  //   submitted quote [0,10) + quote [8,12) merge to quote [0,12); opinion [5,20); loaded [30,40)   |S| = 3
  //   gold      quote [0,12); opinion [10,20); claim [30,40)                                      |T| = 3
  //   P = ( 12/12 + 10/15 + 0 ) / 3 = 5/9    (loaded [30,40) overlaps only a claim: no credit)
  //   R = ( 12/12 + 10/10 + 0 ) / 3 = 2/3    (quote [0,12) overlaps opinion [10,20): no credit)
  //   F1 = 2 (5/9)(2/3) / (5/9 + 2/3) = 20/33 = 0.6061
  const submitted = [span(0, 10, "quote"), span(5, 20, "opinion"), span(8, 12, "quote"), span(30, 40, "loaded")];
  const gold = [span(0, 12, "quote"), span(10, 20, "opinion"), span(30, 40, "claim")];

  it("merges per tag and credits only overlaps of the same tag", () => {
    const scores = spanScores(submitted, gold, { labelled: true });
    expect(scores.precision).toBeCloseTo(5 / 9, 12);
    expect(scores.recall).toBeCloseTo(2 / 3, 12);
    expect(scores.f1).toBeCloseTo(0.6061, 4);
  });

  it("ignores tags when not labelled (everything merges into [0,20) and [30,40) on both sides)", () => {
    expect(spanScores(submitted, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("refuses a span without a tag in labelled mode", () => {
    expect(() => spanScores([span(0, 3)], [span(0, 3, "quote")], { labelled: true })).toThrow(RangeError);
  });
});

describe("spanScores: empty sides never give NaN", () => {
  it("both empty: nothing to find and nothing wrongly found", () => {
    expect(spanScores([], [])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("nothing submitted against some gold: P 0, R 0, F1 0 (the official scorer's P for an empty submission)", () => {
    expect(spanScores([], [span(0, 4)])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("something submitted against no gold: P 0, R 0, F1 0 (the official scorer's R for empty gold)", () => {
    expect(spanScores([span(0, 4)], [])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("drops zero-length spans", () => {
    expect(spanScores([span(3, 3), span(0, 10)], [span(0, 10), span(12, 12)])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(spanScores([span(3, 3)], [span(0, 10)])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("spanScores: invalid spans", () => {
  it.each([
    ["end before start", span(5, 4)],
    ["negative start", span(-1, 4)],
    ["non-integer offset", span(0, 2.5)],
    ["NaN offset", span(Number.NaN, 3)],
    ["infinite offset", span(0, Number.POSITIVE_INFINITY)],
  ])("throws RangeError for %s, on either side", (_name, bad) => {
    expect(() => spanScores([bad], [span(0, 3)])).toThrow(RangeError);
    expect(() => spanScores([span(0, 3)], [bad])).toThrow(RangeError);
  });
});

const tags = ["quote", "opinion", "loaded", "claim"] as const;
const anySpan = fc
  .tuple(fc.nat({ max: 200 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(...tags))
  .map(([start, length, tag]) => span(start, start + length, tag));
const anySpans = fc.array(anySpan, { maxLength: 12 });
const permuted = (spans: Span[]) => fc.shuffledSubarray(spans, { minLength: spans.length, maxLength: spans.length });
const anyMode = fc.boolean().map((labelled) => ({ labelled }));

describe("spanScores: properties", () => {
  it("scores a non-empty set against itself as P = R = F1 = 1, labelled or not", () => {
    fc.assert(
      fc.property(fc.array(anySpan, { minLength: 1, maxLength: 12 }), anyMode, (spans, mode) => {
        expect(spanScores(spans, spans, mode)).toEqual({ precision: 1, recall: 1, f1: 1 });
      }),
    );
  });

  it("does not depend on the order of the spans", () => {
    const orders = anySpans.chain((s) => anySpans.chain((g) => fc.tuple(fc.constant(s), fc.constant(g), permuted(s), permuted(g))));
    fc.assert(
      fc.property(orders, anyMode, ([s, g, s2, g2], mode) => {
        const a = spanScores(s, g, mode);
        const b = spanScores(s2, g2, mode);
        expect(b.precision).toBeCloseTo(a.precision, 12);
        expect(b.recall).toBeCloseTo(a.recall, 12);
        expect(b.f1).toBeCloseTo(a.f1, 12);
      }),
    );
  });

  it("swaps P and R when submitted and gold swap", () => {
    fc.assert(
      fc.property(anySpans, anySpans, anyMode, (s, g, mode) => {
        const forward = spanScores(s, g, mode);
        const backward = spanScores(g, s, mode);
        expect(backward.precision).toBeCloseTo(forward.recall, 12);
        expect(backward.recall).toBeCloseTo(forward.precision, 12);
        expect(backward.f1).toBeCloseTo(forward.f1, 12);
      }),
    );
  });

  it("stays within [0, 1] and is never NaN", () => {
    fc.assert(
      fc.property(anySpans, anySpans, anyMode, (s, g, mode) => {
        for (const value of Object.values(spanScores(s, g, mode))) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

describe("labelledSpanScores", () => {
  const TAGS = ["quote", "opinion", "loaded_language"];
  const tagged = fc
    .record({ start: fc.nat({ max: 80 }), length: fc.nat({ max: 30 }), tag: fc.constantFrom(...TAGS) })
    .map(({ start, length, tag }): Span => ({ start, end: start + length, tag }));

  it("gives what spanScores gives, labelled overall and for each tag's spans alone", () => {
    fc.assert(
      fc.property(fc.array(tagged, { maxLength: 12 }), fc.array(tagged, { maxLength: 12 }), (submitted, gold) => {
        const { overall, byTag } = labelledSpanScores(submitted, gold, TAGS);
        expect(overall).toEqual(spanScores(submitted, gold, { labelled: true }));
        for (const tag of TAGS) {
          const only = (spans: Span[]) => spans.filter((s) => s.tag === tag);
          expect(byTag[tag]).toEqual(spanScores(only(submitted), only(gold), { labelled: true }));
        }
      }),
      { numRuns: 300 },
    );
  });
});
