import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainAgreement, readAgreement, type AgreementReading } from "./agreement-reading";

describe("readAgreement on the Landis & Koch (1977) bands", () => {
  // Landis, J. R. & Koch, G. G. (1977), "The measurement of observer agreement for
  // categorical data", Biometrics 33(1), 159–174, p. 165: <0.00 poor, 0.00–0.20 slight,
  // 0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80 substantial, 0.81–1.00 almost perfect.
  it.each<[number, AgreementReading]>([
    [-0.5, "poor"],
    [-0.01, "poor"],
    [0, "slight"],
    [0.1, "slight"],
    [0.2, "slight"],
    [0.2001, "fair"],
    [0.205, "fair"],
    [0.21, "fair"],
    [0.4, "fair"],
    [0.41, "moderate"],
    [0.6, "moderate"],
    [0.61, "substantial"],
    [0.8, "substantial"],
    [0.805, "almost perfect"],
    [0.81, "almost perfect"],
    [1, "almost perfect"],
  ])("reads %s as %s (printed upper bounds belong to their band)", (value, reading) => {
    expect(readAgreement(value)).toBe(reading);
  });

  it("absorbs floating-point noise at a bound and at zero", () => {
    expect(readAgreement(0.1 + 0.1)).toBe("slight");
    expect(readAgreement(0.2 + 1e-15)).toBe("slight");
    expect(readAgreement(0.6000000000000001)).toBe("moderate");
    expect(readAgreement(-1e-17)).toBe("slight");
    expect(readAgreement(1 + 1e-12)).toBe("almost perfect");
  });

  it("reads null as null and rejects values no coefficient can take", () => {
    expect(readAgreement(null)).toBeNull();
    expect(() => readAgreement(Number.NaN)).toThrow(RangeError);
    expect(() => readAgreement(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
    expect(() => readAgreement(1.01)).toThrow(/at most 1/);
  });

  it("never reads a higher value as a lower band", () => {
    const order: AgreementReading[] = ["poor", "slight", "fair", "moderate", "substantial", "almost perfect"];
    const value = fc.double({ min: -2, max: 1, noNaN: true });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(readAgreement(low)!)).toBeLessThanOrEqual(order.indexOf(readAgreement(high)!));
      }),
    );
  });
});

describe("explainAgreement", () => {
  it("says how far a group of readers agree, in one sentence", () => {
    expect(explainAgreement(0.5, 3)).toBe("Moderate agreement among 3 readers: they often tagged the same passages the same way, but not always.");
    expect(explainAgreement(0.9, 12)).toBe("Almost perfect agreement among 12 readers: they tagged nearly every passage the same way.");
    expect(explainAgreement(-0.2, 4)).toBe(
      "Poor agreement among 4 readers: they agreed less often than chance alone would give, so they read the passages in quite different ways.",
    );
  });

  it("speaks of two readers as 'between 2 readers'", () => {
    expect(explainAgreement(0.7, 2)).toBe("Substantial agreement between 2 readers: they tagged most passages the same way.");
  });

  it("has a sentence for every band, each naming the band it reads", () => {
    for (const [value, band] of [[0.1, "Slight"], [0.3, "Fair"], [0.5, "Moderate"], [0.7, "Substantial"]] as const) {
      expect(explainAgreement(value, 5)).toMatch(new RegExp(`^${band} agreement among 5 readers: they .+\\.$`));
    }
  });

  it("says why there is no coefficient: too few readers", () => {
    expect(explainAgreement(null, 1)).toBe("Agreement needs at least two readers to compare, and there is only 1 reader so far.");
    expect(explainAgreement(null, 0)).toBe("Agreement needs at least two readers to compare, and there are no readers yet.");
    // A coefficient for one reader can only be a mistake upstream; the sentence stays true.
    expect(explainAgreement(0.9, 1)).toBe(explainAgreement(null, 1));
  });

  it("says why there is no coefficient: nothing tagged twice, or a single tag used", () => {
    expect(explainAgreement(null, 3)).toBe(
      "Agreement among 3 readers can't be measured yet: too little has been tagged by more than one of them, " +
        "or they all used one and the same tag, so there is no way to tell agreement from luck.",
    );
  });

  it("rejects a reader count that is not a whole number", () => {
    expect(() => explainAgreement(0.5, 2.5)).toThrow(RangeError);
    expect(() => explainAgreement(0.5, -1)).toThrow(RangeError);
  });
});
