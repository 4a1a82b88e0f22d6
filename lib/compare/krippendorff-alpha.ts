/**
 * Krippendorff's alpha, α = 1 − D_o / D_e, computed from the coincidence matrix as in
 * K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011):
 *
 *   o_ck = Σ_u (number of c–k pairs of values from different coders in unit u) / (m_u − 1)
 *   n_c  = Σ_k o_ck,  n = Σ_c n_c
 *   α    = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * `data[coder][unit]` is the value that coder gave that unit, null where they gave none.
 * Units with fewer than two values cannot be paired and are left out, as in the paper; a
 * coder with no values at all therefore changes nothing.
 */
export type MeasurementLevel = "nominal" | "ordinal" | "interval" | "ratio";

type Value = number | string;

/**
 * Returns null where alpha is undefined: no unit holds two values (fewer than two coders,
 * or nothing coded twice), or every paired value is the same so D_e = 0.
 * Throws RangeError on ragged rows, an unknown level, non-finite numbers, strings at the
 * ordinal/interval/ratio levels, and negative values at the ratio level (a ratio scale
 * starts at an absolute zero, and ((c − k)/(c + k))² is meaningless across it).
 */
export function krippendorffAlpha(data: (number | string | null)[][], level: MeasurementLevel): number | null {
  assertReliabilityData(data, level);
  const { values, coincidences } = coincidenceMatrix(data);
  const size = values.length;
  const marginals = coincidences.map((row) => row.reduce((sum, o) => sum + o, 0));
  const pairable = marginals.reduce((sum, n) => sum + n, 0);
  if (pairable === 0) return null;

  const delta = differenceFunction(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue; // δ²_cc = 0 at every level
      const d = delta(c, k);
      observed += coincidences[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  if (!(expected > 0)) return null;
  const alpha = 1 - ((pairable - 1) * observed) / expected;
  return Number.isFinite(alpha) ? alpha : null;
}

/** The distinct values of the pairable units and their coincidence matrix o_ck. */
function coincidenceMatrix(data: (Value | null)[][]): { values: Value[]; coincidences: number[][] } {
  const units = data[0]?.length ?? 0;
  const perUnit: Map<Value, number>[] = [];
  const seen = new Set<Value>();
  for (let u = 0; u < units; u++) {
    const counts = new Map<Value, number>();
    let coded = 0;
    for (const row of data) {
      const value = row[u];
      if (value === null || value === undefined) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      coded++;
    }
    if (coded < 2) continue;
    perUnit.push(counts);
    for (const value of counts.keys()) seen.add(value);
  }

  const values = [...seen];
  const index = new Map(values.map((value, i) => [value, i] as const));
  const coincidences = values.map(() => new Array<number>(values.length).fill(0));
  for (const counts of perUnit) {
    const coded = [...counts.values()].reduce((sum, n) => sum + n, 0);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        // Ordered pairs of different coders: a coder's value is never paired with itself.
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        coincidences[index.get(c)!]![index.get(k)!]! += pairs / (coded - 1);
      }
    }
  }
  return { values, coincidences };
}

/** δ²_ck for the level, over value indices into `values`. */
function differenceFunction(level: MeasurementLevel, values: Value[], marginals: number[]): (c: number, k: number) => number {
  switch (level) {
    case "nominal":
      return () => 1; // only called for c ≠ k
    case "interval":
      return (c, k) => ((values[c] as number) - (values[k] as number)) ** 2;
    case "ratio":
      return (c, k) => {
        const a = values[c] as number;
        const b = values[k] as number;
        return ((a - b) / (a + b)) ** 2; // a ≠ b and both ≥ 0, so a + b > 0
      };
    case "ordinal": {
      // Rank metric over the marginals: δ²_ck = (Σ_{g from c to k} n_g − (n_c + n_k)/2)²,
      // with g running over the observed values in ascending order.
      const order = values.map((_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
      const rank = new Array<number>(values.length);
      const cumulative: number[] = [];
      let running = 0;
      order.forEach((valueIndex, position) => {
        rank[valueIndex] = position;
        running += marginals[valueIndex]!;
        cumulative.push(running);
      });
      return (c, k) => {
        const low = Math.min(rank[c]!, rank[k]!);
        const high = Math.max(rank[c]!, rank[k]!);
        const between = cumulative[high]! - (low > 0 ? cumulative[low - 1]! : 0);
        return (between - (marginals[c]! + marginals[k]!) / 2) ** 2;
      };
    }
  }
}

function assertReliabilityData(data: (Value | null)[][], level: MeasurementLevel): void {
  if (!["nominal", "ordinal", "interval", "ratio"].includes(level)) {
    throw new RangeError(`krippendorffAlpha: unknown measurement level ${JSON.stringify(level)}; use nominal, ordinal, interval or ratio.`);
  }
  if (!Array.isArray(data)) throw new RangeError("krippendorffAlpha: expected reliability data (an array of coder rows).");
  const units = data[0]?.length ?? 0;
  data.forEach((row, coder) => {
    if (!Array.isArray(row) || row.length !== units) {
      const got = Array.isArray(row) ? `${row.length} units` : "no array";
      throw new RangeError(`krippendorffAlpha: every coder row needs one entry per unit (null where missing); row 0 has ${units} and row ${coder} has ${got}.`);
    }
    row.forEach((value, unit) => {
      if (value === null) return;
      const where = `coder ${coder}, unit ${unit}`;
      if (typeof value === "string") {
        if (level !== "nominal") throw new RangeError(`krippendorffAlpha: ${level} data must be numbers, got the string ${JSON.stringify(value)} at ${where}.`);
        return;
      }
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new RangeError(`krippendorffAlpha: values must be finite numbers, strings (nominal only) or null, got ${String(value)} at ${where}.`);
      }
      if (level === "ratio" && value < 0) throw new RangeError(`krippendorffAlpha: ratio data cannot be negative, got ${value} at ${where}.`);
    });
  });
}
