import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fleissKappa, fleissKappaDetails } from "./fleiss-kappa";

// Wikipedia, "Fleiss' kappa", section "Worked example": 10 subjects, 14 raters each,
// 5 categories. The article gives P̄ = 0.378, P̄e = 0.213 and κ = 0.210, with
// p_j = 0.143, 0.200, 0.279, 0.150, 0.229 and P_1 = 1.000, P_2 = 0.253.
const wikipediaTable = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

// Fleiss, J. L. (1971), "Measuring nominal scale agreement among many raters",
// Psychological Bulletin 76(5), 378–382, worked example: 30 patients, 6 psychiatrists each,
// 5 diagnoses (depression, personality disorder, schizophrenia, neurosis, other); κ = .430.
// The same data ship as `diagnoses` in R's irr package (one column per psychiatrist), whose
// kappam.fleiss(diagnoses) gives 0.4302445; below they are tallied into counts per diagnosis.
const fleiss1971 = [
  [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
  [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
  [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
  [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
  [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
  [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
];

describe("fleissKappa against published worked examples", () => {
  it("gives κ = 0.210 for Wikipedia's worked example", () => {
    expect(fleissKappa(wikipediaTable)).toBeCloseTo(0.21, 3);
  });

  it("gives P̄ = 0.378, P̄e = 0.213 and the article's category shares on the way", () => {
    const details = fleissKappaDetails(wikipediaTable)!;
    expect(details.meanAgreement).toBeCloseTo(0.378, 3);
    expect(details.chanceAgreement).toBeCloseTo(0.213, 3);
    expect(details.kappa).toBeCloseTo(0.21, 3);
    [0.143, 0.2, 0.279, 0.15, 0.229].forEach((share, j) => expect(details.categoryShares[j]).toBeCloseTo(share, 3));
    expect(details).toMatchObject({ subjects: 10, ratersPerSubject: 14 });
  });

  it("gives κ = 0.430 for the psychiatric diagnoses of Fleiss (1971)", () => {
    expect(fleissKappa(fleiss1971)).toBeCloseTo(0.43, 3);
  });
});

describe("fleissKappa where agreement is undefined or extreme", () => {
  it("is null with no subjects, and with fewer than two raters per subject", () => {
    expect(fleissKappa([])).toBeNull();
    expect(fleissKappa([[0, 0], [0, 0]])).toBeNull();
    expect(fleissKappa([[1, 0], [0, 1]])).toBeNull();
  });

  it("is null when every rating falls in one category (P̄e = 1)", () => {
    expect(fleissKappa([[0, 3, 0], [0, 3, 0]])).toBeNull();
    expect(fleissKappaDetails([[4], [4]])).toBeNull();
  });

  it("is exactly 1 when the raters agree on every subject and more than one category is used", () => {
    expect(fleissKappa([[3, 0], [0, 3], [3, 0]])).toBe(1);
  });
});

describe("fleissKappa input checks", () => {
  it("throws a RangeError when subjects have different numbers of raters", () => {
    expect(() => fleissKappa([[2, 1], [1, 1]])).toThrow(/same number of raters.*row 0 sums to 3 and row 1 to 2/);
  });

  it("throws a RangeError for ragged rows, negative, fractional or non-finite counts", () => {
    expect(() => fleissKappa([[1, 1], [2]])).toThrow(/one count per category/);
    expect(() => fleissKappa([[3, -1], [1, 1]])).toThrow(/\[0\]\[1\].*whole number/);
    expect(() => fleissKappa([[1.5, 0.5], [1, 1]])).toThrow(RangeError);
    expect(() => fleissKappa([[Number.NaN, 2], [1, 1]])).toThrow(RangeError);
  });
});

/** A random study: for every subject, which category each of its n raters chose. */
const ratingsStudy = fc
  .record({ subjects: fc.integer({ min: 1, max: 8 }), raters: fc.integer({ min: 0, max: 6 }), categories: fc.integer({ min: 1, max: 5 }) })
  .chain(({ subjects, raters, categories }) =>
    fc.record({
      categories: fc.constant(categories),
      choices: fc.array(fc.array(fc.nat({ max: categories - 1 }), { minLength: raters, maxLength: raters }), {
        minLength: subjects,
        maxLength: subjects,
      }),
    }),
  );

const toCounts = (categories: number, choices: number[][]) =>
  choices.map((chosen) => Array.from({ length: categories }, (_, j) => chosen.filter((c) => c === j).length));

function expectSameKappa(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 12);
}

describe("fleissKappa properties", () => {
  it("does not depend on which rater gave which rating (raters reshuffled within each subject)", () => {
    const withShuffle = ratingsStudy.chain((study) =>
      fc.tuple(fc.constant(study), fc.tuple(...study.choices.map((chosen) => fc.shuffledSubarray(chosen, { minLength: chosen.length })))),
    );
    fc.assert(
      fc.property(withShuffle, ([{ categories, choices }, shuffled]) => {
        expectSameKappa(fleissKappa(toCounts(categories, shuffled)), fleissKappa(toCounts(categories, choices)));
      }),
    );
  });

  it("does not depend on the order of the subjects or of the categories", () => {
    const withOrders = ratingsStudy.chain((study) =>
      fc.tuple(
        fc.constant(toCounts(study.categories, study.choices)),
        fc.shuffledSubarray([...study.choices.keys()], { minLength: study.choices.length }),
        fc.shuffledSubarray([...Array(study.categories).keys()], { minLength: study.categories }),
      ),
    );
    fc.assert(
      fc.property(withOrders, ([counts, subjectOrder, categoryOrder]) => {
        const permuted = subjectOrder.map((i) => categoryOrder.map((j) => counts[i]![j]!));
        expectSameKappa(fleissKappa(permuted), fleissKappa(counts));
      }),
    );
  });

  it("gives 1 or null when all raters of each subject agree", () => {
    const unanimous = fc.record({ raters: fc.integer({ min: 0, max: 6 }), picks: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 8 }) });
    fc.assert(
      fc.property(unanimous, ({ raters, picks }) => {
        const counts = picks.map((pick) => [0, 1, 2, 3].map((j) => (j === pick ? raters : 0)));
        const defined = raters >= 2 && new Set(picks).size >= 2;
        expect(fleissKappa(counts)).toBe(defined ? 1 : null);
      }),
    );
  });

  it("is never NaN or infinite and always lies in [-1, 1]", () => {
    fc.assert(
      fc.property(ratingsStudy, ({ categories, choices }) => {
        const kappa = fleissKappa(toCounts(categories, choices));
        if (kappa === null) return;
        expect(Number.isFinite(kappa)).toBe(true);
        expect(kappa).toBeGreaterThanOrEqual(-1);
        expect(kappa).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
