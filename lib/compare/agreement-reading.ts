/**
 * A plain-language reading of an agreement coefficient (kappa or alpha) for teachers, on
 * the bands of Landis & Koch, "The measurement of observer agreement for categorical
 * data", Biometrics 33 (1977), p. 165:
 *
 *   < 0.00 poor · 0.00–0.20 slight · 0.21–0.40 fair · 0.41–0.60 moderate ·
 *   0.61–0.80 substantial · 0.81–1.00 almost perfect
 *
 * The table is printed to two decimals and leaves gaps (0.20 … 0.21). Here every band
 * keeps its printed upper bound and everything above it, up to the next bound, belongs to
 * the next band: 0.20 is slight, 0.2001 and 0.205 are fair, 0.40 is fair, 0.80 substantial;
 * 0 itself is slight, only values below 0 are poor. A tolerance of 1e-9 absorbs
 * floating-point noise, so a computed 0.20000000000000004 still reads slight and a
 * computed −1e-17 still reads slight.
 */
export type AgreementReading = "poor" | "slight" | "fair" | "moderate" | "substantial" | "almost perfect";

const TOLERANCE = 1e-9;

const UPPER_BOUNDS: readonly [number, AgreementReading][] = [
  [0.2, "slight"],
  [0.4, "fair"],
  [0.6, "moderate"],
  [0.8, "substantial"],
  [1, "almost perfect"],
];

/** The Landis & Koch band of a coefficient, or null when there is no coefficient. */
export function readAgreement(value: number | null): AgreementReading | null {
  if (value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`readAgreement: expected a finite coefficient or null, got ${String(value)}.`);
  }
  if (value > 1 + TOLERANCE) throw new RangeError(`readAgreement: agreement coefficients are at most 1, got ${value}.`);
  if (value < -TOLERANCE) return "poor";
  for (const [bound, reading] of UPPER_BOUNDS) if (value <= bound + TOLERANCE) return reading;
  return "almost perfect";
}

const WHAT_IT_MEANS: Record<AgreementReading, string> = {
  poor: "they agreed less often than chance alone would give, so they read the passages in quite different ways",
  slight: "they agreed hardly more often than chance alone would give",
  fair: "they agreed more often than chance, but often tagged the same passages differently",
  moderate: "they often tagged the same passages the same way, but not always",
  substantial: "they tagged most passages the same way",
  "almost perfect": "they tagged nearly every passage the same way",
};

/**
 * One sentence a teacher can read, e.g. "Moderate agreement among 3 readers: they often
 * tagged the same passages the same way, but not always." For a missing coefficient it
 * says why in plain words. With fewer than two readers agreement means nothing whatever
 * the value, so that is what the sentence says.
 */
export function explainAgreement(value: number | null, readers: number): string {
  if (!Number.isInteger(readers) || readers < 0) {
    throw new RangeError(`explainAgreement: readers must be a whole number (0 or more), got ${String(readers)}.`);
  }
  if (readers < 2) {
    const sofar = readers === 0 ? "there are no readers yet" : "there is only 1 reader so far";
    return `Agreement needs at least two readers to compare, and ${sofar}.`;
  }
  const group = readers === 2 ? "between 2 readers" : `among ${readers} readers`;
  const reading = readAgreement(value);
  if (reading === null) {
    return (
      `Agreement ${group} can't be measured yet: too little has been tagged by more than one of them, ` +
      "or they all used one and the same tag, so there is no way to tell agreement from luck."
    );
  }
  const band = reading.charAt(0).toUpperCase() + reading.slice(1);
  return `${band} agreement ${group}: ${WHAT_IT_MEANS[reading]}.`;
}
