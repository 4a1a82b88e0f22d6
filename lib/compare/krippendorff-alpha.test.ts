import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krippendorffAlpha, type MeasurementLevel } from "./krippendorff-alpha";

const _ = null;

// Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School
// for Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43),
// example C, "Any number of observers, missing data": observers A–D, 12 units, values 1–5.
// The paper gets α = 0.743 (nominal), 0.815 (ordinal), 0.849 (interval), 0.797 (ratio).
const example2011C = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const published2011C: Record<MeasurementLevel, number> = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 };
const levels = Object.keys(published2011C) as MeasurementLevel[];

describe("krippendorffAlpha against Krippendorff (2011)", () => {
  it.each(levels)("gives the paper's %s alpha for example C (4 coders, 12 units, missing data)", (level) => {
    expect(krippendorffAlpha(example2011C, level)).toBeCloseTo(published2011C[level], 3);
  });

  it("skips unit 12, which only observer B coded, as the paper does (same alphas without it)", () => {
    const elevenUnits = example2011C.map((row) => row.slice(0, 11));
    for (const level of levels) expect(krippendorffAlpha(elevenUnits, level)).toBe(krippendorffAlpha(example2011C, level));
  });

  it("gives α = 0.095 for example A (binary data, two observers, no missing data)", () => {
    const example2011A = [
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ];
    expect(krippendorffAlpha(example2011A, "nominal")).toBeCloseTo(0.095, 3);
  });

  it("gives α = 0.692 for example B (nominal letters a–e, two observers, 12 units)", () => {
    const example2011B = [
      ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"],
      ["b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"],
    ];
    expect(krippendorffAlpha(example2011B, "nominal")).toBeCloseTo(0.692, 3);
  });
});

/** Two coders' rows from a confusion matrix: cell [a][b] becomes that many units coded a by one coder and b by the other. */
function codingsFromMatrix(matrix: number[][]): number[][] {
  const first: number[] = [];
  const second: number[] = [];
  matrix.forEach((row, a) =>
    row.forEach((count, b) => {
      for (let i = 0; i < count; i++) {
        first.push(a);
        second.push(b);
      }
    }),
  );
  return [first, second];
}

/** Scott's pi (Scott 1955) from a confusion matrix, written out from its definition. */
function scottsPi(matrix: number[][]): number {
  const total = matrix.flat().reduce((sum, n) => sum + n, 0);
  const observed = matrix.reduce((sum, row, a) => sum + row[a]!, 0) / total;
  const expected = matrix
    .map((row, k) => (row.reduce((s, n) => s + n, 0) + matrix.reduce((s, r) => s + r[k]!, 0)) / (2 * total))
    .reduce((sum, joint) => sum + joint * joint, 0);
  return (observed - expected) / (1 - expected);
}

describe("nominal alpha and Scott's pi", () => {
  it.each([
    // Wikipedia, "Scott's Pi", section "Worked example": 45 items, categories Yes/No/Maybe;
    // Pr(a) = 15/45 and Pr(e) = 0.2² + 0.333² + 0.467², so π = (0.333 − 0.369)/(1 − 0.369) ≈ −0.056.
    { source: "Wikipedia's Scott's pi example", matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], pi: -0.056 },
    // Wikipedia, "Cohen's kappa", simple example (50 proposals): joint proportions 0.55 and 0.45,
    // Pr(e) = 0.505, π = (0.7 − 0.505)/(1 − 0.505) ≈ 0.394.
    { source: "Wikipedia's Cohen's kappa example", matrix: [[20, 5], [10, 15]], pi: 0.394 },
  ])("is Scott's pi corrected only for sample size, for $source", ({ matrix, pi }) => {
    const units = matrix.flat().reduce((sum, n) => sum + n, 0);
    const expectedPi = scottsPi(matrix);
    expect(expectedPi).toBeCloseTo(pi, 3);
    const alpha = krippendorffAlpha(codingsFromMatrix(matrix), "nominal")!;
    // α = 1 − (2N − 1)/(2N) · (1 − π): two coders, no missing data (Krippendorff 2011, example B).
    expect(alpha - expectedPi).toBeCloseTo((1 - expectedPi) / (2 * units), 12);
    expect(Math.abs(alpha - expectedPi)).toBeLessThan(0.02);
  });
});

describe("krippendorffAlpha with missing data and degenerate data", () => {
  it("ignores units nobody or only one coder coded, and coders who coded nothing", () => {
    const expected = krippendorffAlpha(example2011C, "interval");
    const withEmptyUnits = example2011C.map((row, coder) => [_, ...row, coder === 0 ? 4 : _]);
    const withSilentCoder = [...example2011C, example2011C[0]!.map(() => _)];
    expect(krippendorffAlpha(withEmptyUnits, "interval")).toBeCloseTo(expected!, 12);
    expect(krippendorffAlpha(withSilentCoder, "interval")).toBe(expected);
  });

  it("is null when nothing can be paired: no data, one coder, or no unit coded twice", () => {
    expect(krippendorffAlpha([], "nominal")).toBeNull();
    expect(krippendorffAlpha([[], []], "nominal")).toBeNull();
    expect(krippendorffAlpha([[1, 2, 3]], "interval")).toBeNull();
    expect(krippendorffAlpha([[1, _, 3], [_, 2, _]], "nominal")).toBeNull();
  });

  it("is null when every paired value is the same category (expected disagreement 0)", () => {
    // The lone 5 in the last unit has no partner, so it does not count as a second category.
    for (const level of levels) expect(krippendorffAlpha([[2, 2, _, _], [2, 2, 2, _], [_, 2, _, 5]], level)).toBeNull();
  });

  it("is exactly 1 when coders agree on every unit, missing data or not", () => {
    const agreeing = [[1, 2, _, 4, 3], [1, 2, 3, 4, _], [_, 2, 3, 4, 3]];
    for (const level of levels) expect(krippendorffAlpha(agreeing, level)).toBe(1);
    expect(krippendorffAlpha([["quote", "opinion"], ["quote", "opinion"]], "nominal")).toBe(1);
  });

  it("treats the number 1 and the string \"1\" as different nominal values", () => {
    expect(krippendorffAlpha([[1, 2, 1], ["1", 2, 1]], "nominal")).toBeLessThan(1);
  });
});

describe("krippendorffAlpha metrics", () => {
  const data = example2011C;
  const mapped = (f: (v: number) => number) => data.map((row) => row.map((v) => (v === null ? null : f(v))));

  it("ordinal alpha only sees the order of the values", () => {
    expect(krippendorffAlpha(mapped((v) => 2 ** v), "ordinal")).toBeCloseTo(published2011C.ordinal, 3);
    expect(krippendorffAlpha(mapped((v) => 2 ** v), "interval")).not.toBeCloseTo(published2011C.interval, 2);
  });

  it("interval alpha ignores shifting and scaling; ratio alpha ignores scaling but not shifting", () => {
    expect(krippendorffAlpha(mapped((v) => 3 * v + 10), "interval")).toBeCloseTo(krippendorffAlpha(data, "interval")!, 10);
    expect(krippendorffAlpha(mapped((v) => 3 * v), "ratio")).toBeCloseTo(krippendorffAlpha(data, "ratio")!, 10);
    expect(krippendorffAlpha(mapped((v) => v + 10), "ratio")).not.toBeCloseTo(published2011C.ratio, 2);
  });
});

describe("krippendorffAlpha input checks", () => {
  it("throws a RangeError for strings at the ordinal, interval and ratio levels", () => {
    for (const level of ["ordinal", "interval", "ratio"] as const) {
      expect(() => krippendorffAlpha([["a", "b"], ["a", "b"]], level)).toThrow(/must be numbers.*coder 0, unit 0/);
    }
  });

  it("throws a RangeError for negative ratio values, non-finite numbers, ragged rows and unknown levels", () => {
    expect(() => krippendorffAlpha([[1, -2], [1, 2]], "ratio")).toThrow(/ratio data cannot be negative/);
    expect(krippendorffAlpha([[1, -2], [1, -2]], "interval")).toBe(1);
    expect(() => krippendorffAlpha([[1, Number.NaN], [1, 2]], "interval")).toThrow(/finite/);
    expect(() => krippendorffAlpha([[1, 2], [1]], "nominal")).toThrow(/one entry per unit/);
    expect(() => krippendorffAlpha([[1]], "cardinal" as MeasurementLevel)).toThrow(/unknown measurement level/);
  });
});

const reliabilityData = fc
  .record({ coders: fc.integer({ min: 1, max: 5 }), units: fc.integer({ min: 0, max: 10 }) })
  .chain(({ coders, units }) =>
    fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }), { minLength: units, maxLength: units }), {
      minLength: coders,
      maxLength: coders,
    }),
  );
const anyLevel = fc.constantFrom<MeasurementLevel>("nominal", "ordinal", "interval", "ratio");

function expectSameAlpha(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 10);
}

describe("krippendorffAlpha properties", () => {
  it("does not depend on the order of the coders (rows)", () => {
    const withOrder = reliabilityData.chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d, { minLength: d.length })));
    fc.assert(fc.property(withOrder, anyLevel, ([d, shuffled], level) => expectSameAlpha(krippendorffAlpha(shuffled, level), krippendorffAlpha(d, level))));
  });

  it("does not depend on the order of the units (columns)", () => {
    const withOrder = reliabilityData.chain((d) => {
      const units = [...(d[0] ?? []).keys()];
      return fc.tuple(fc.constant(d), fc.shuffledSubarray(units, { minLength: units.length }));
    });
    fc.assert(
      fc.property(withOrder, anyLevel, ([d, order], level) => {
        const permuted = d.map((row) => order.map((u) => row[u]!));
        expectSameAlpha(krippendorffAlpha(permuted, level), krippendorffAlpha(d, level));
      }),
    );
  });

  it("gives 1 or null when every coder who codes a unit gives it the same value", () => {
    fc.assert(
      fc.property(reliabilityData, anyLevel, (d, level) => {
        const truth = (d[0] ?? []).map((_, u) => u % 3);
        const identical = d.map((row) => row.map((v, u) => (v === null ? null : truth[u]!)));
        const pairedValues = new Set(truth.filter((_, u) => identical.filter((row) => row[u] !== null).length >= 2));
        expect(krippendorffAlpha(identical, level)).toBe(pairedValues.size >= 2 ? 1 : null);
      }),
    );
  });

  it("is never NaN or infinite and never above 1", () => {
    fc.assert(
      fc.property(reliabilityData, anyLevel, (d, level) => {
        const alpha = krippendorffAlpha(d, level);
        if (alpha === null) return;
        expect(Number.isFinite(alpha)).toBe(true);
        expect(alpha).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
