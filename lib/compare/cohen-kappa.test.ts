import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohenKappa } from "./cohen-kappa";

describe("cohenKappa against published worked examples", () => {
  it("gives 0.4 for the 2×2 example of Wikipedia's article", () => {
    // Wikipedia, "Cohen's kappa", section "Examples" / simple example: 50 grant proposals,
    // both readers say yes on 20, A yes B no 5, A no B yes 10, both no 15;
    // p_o = 0.7, p_e = 0.5, κ = 0.4.
    expect(cohenKappa([[20, 5], [10, 15]])).toBeCloseTo(0.4, 10);
  });

  it("gives 0.1304 and 0.2593 for the two 'same percentages, different numbers' tables", () => {
    // Wikipedia, "Cohen's kappa", section "Same percentages but different numbers": both
    // tables have 60 of 100 items agreed, yet κ = 0.1304 for the first and 0.2593 for the second.
    expect(cohenKappa([[45, 15], [25, 15]])).toBeCloseTo(0.1304, 4);
    expect(cohenKappa([[25, 35], [5, 35]])).toBeCloseTo(0.2593, 4);
  });

  it("gives 0.3449 for the 4×4 skin-condition agreement study of the SAS manual", () => {
    // SAS/STAT User's Guide, The FREQ Procedure, Getting Started, "Agreement Study", Table
    // "Skin Condition Data" (two dermatologists, 88 patients, terrible/poor/marginal/clear):
    // simple kappa coefficient 0.3449.
    const skinCondition = [
      [10, 4, 1, 0],
      [5, 10, 12, 2],
      [2, 4, 12, 5],
      [0, 2, 6, 13],
    ];
    expect(cohenKappa(skinCondition)).toBeCloseTo(0.3449, 4);
  });

  it("does not depend on the scale: the same table as proportions gives the same kappa", () => {
    expect(cohenKappa([[0.4, 0.1], [0.2, 0.3]])).toBeCloseTo(0.4, 10);
  });
});

describe("cohenKappa where agreement is undefined or extreme", () => {
  it("is null for an empty matrix and for a matrix of zeros (no items)", () => {
    expect(cohenKappa([])).toBeNull();
    expect(cohenKappa([[0, 0], [0, 0]])).toBeNull();
  });

  it("is null when both raters used one category only (p_e = 1), even though they agree", () => {
    expect(cohenKappa([[7, 0], [0, 0]])).toBeNull();
    expect(cohenKappa([[0, 0, 0], [0, 5, 0], [0, 0, 0]])).toBeNull();
    expect(cohenKappa([[3]])).toBeNull();
  });

  it("is exactly 1 for perfect agreement spread over several categories", () => {
    expect(cohenKappa([[4, 0, 0], [0, 9, 0], [0, 0, 2]])).toBe(1);
  });

  it("is -1 when two equally used categories are always swapped", () => {
    expect(cohenKappa([[0, 5], [5, 0]])).toBe(-1);
  });
});

describe("cohenKappa input checks", () => {
  it("throws a RangeError naming the row of a non-square matrix", () => {
    expect(() => cohenKappa([[1, 2, 3], [4, 5, 6]])).toThrow(RangeError);
    expect(() => cohenKappa([[1, 2], [3]])).toThrow(/square.*row 1 has 1 cells for 2 rows/);
    expect(() => cohenKappa([[]])).toThrow(RangeError);
  });

  it("throws a RangeError for negative and non-finite cells", () => {
    expect(() => cohenKappa([[1, -1], [0, 2]])).toThrow(/\[0\]\[1\].*negative/);
    expect(() => cohenKappa([[1, Number.NaN], [0, 2]])).toThrow(/finite/);
    expect(() => cohenKappa([[Number.POSITIVE_INFINITY, 0], [0, 2]])).toThrow(RangeError);
  });
});

const squareMatrix = fc
  .integer({ min: 1, max: 5 })
  .chain((size) => fc.array(fc.array(fc.nat({ max: 20 }), { minLength: size, maxLength: size }), { minLength: size, maxLength: size }));

const transpose = (m: number[][]) => m.map((row, i) => row.map((_, j) => m[j]![i]!));

function expectSameKappa(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 12);
}

describe("cohenKappa properties", () => {
  it("is symmetric in the raters: transposing the matrix changes nothing", () => {
    fc.assert(fc.property(squareMatrix, (m) => expectSameKappa(cohenKappa(transpose(m)), cohenKappa(m))));
  });

  it("does not depend on the order of the categories (rows and columns permuted together)", () => {
    const withPermutation = squareMatrix.chain((m) =>
      fc.tuple(fc.constant(m), fc.shuffledSubarray([...m.keys()], { minLength: m.length, maxLength: m.length })),
    );
    fc.assert(
      fc.property(withPermutation, ([m, order]) => {
        const permuted = order.map((a) => order.map((b) => m[a]![b]!));
        expectSameKappa(cohenKappa(permuted), cohenKappa(m));
      }),
    );
  });

  it("gives 1 or null when both raters code every item identically", () => {
    const diagonal = fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(diagonal, (counts) => {
        const m = counts.map((count, a) => counts.map((_, b) => (a === b ? count : 0)));
        const usedCategories = counts.filter((count) => count > 0).length;
        expect(cohenKappa(m)).toBe(usedCategories >= 2 ? 1 : null);
      }),
    );
  });

  it("is never NaN or infinite and always lies in [-1, 1]", () => {
    fc.assert(
      fc.property(squareMatrix, (m) => {
        const kappa = cohenKappa(m);
        if (kappa === null) return;
        expect(Number.isFinite(kappa)).toBe(true);
        expect(kappa).toBeGreaterThanOrEqual(-1);
        expect(kappa).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
