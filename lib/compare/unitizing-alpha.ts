/**
 * Krippendorff's alpha for unitizing a continuum (alpha_U), per category and overall, computed
 * as DKPro Agreement's KrippendorffAlphaUnitizingAgreement computes it (Krippendorff, "On the
 * reliability of unitizing continuous data", Sociological Methodology 25, 1995; Krippendorff,
 * Content Analysis, 2nd ed., 2004; the same measure in "Measuring the reliability of qualitative
 * text analysis data", Quality & Quantity 38, 2004).
 *
 * Per category c, each rater's units of c and the gaps between them ("non-units" of c) cut the
 * continuum [begin, begin + length) into segments. With m raters and continuum length L:
 * - Observed disagreement D_O(c) = 2 Σ_{rater pairs} Σ_{overlapping segments g, h} δ²(g, h) / (m(m-1)L²),
 *   where δ² = (begin_g - begin_h)² + (end_g - end_h)² for two overlapping units, |g|² for a unit g
 *   lying wholly inside a gap h (and the same the other way round), and 0 otherwise.
 * - Expected disagreement D_E(c) = (2/L) Σ_units [ (n-1)(2l³ - 3l² + l)/3 + l² Σ_{gaps of length ≥ l}(gap - l + 1) ]
 *   / (mL(mL-1) - Σ_units l(l-1)), with n the number of units of c (all raters) and l a unit's length.
 * - alpha(c) = 1 - D_O(c)/D_E(c). Overall, DKPro averages D_O and D_E over the categories and divides
 *   the averages, which is 1 - Σ_c D_O(c) / Σ_c D_E(c); so do we (a category nobody used adds 0 to both).
 *
 * Where we choose (DKPro gives NaN, Infinity or 0 here): fewer than two raters, a category without
 * units, or D_E = 0 (no variation to expect, e.g. no units at all) gives null, never NaN.
 * Raters are `raters` when given (the full list, so that a rater who marked nothing still counts,
 * as one long gap), else the distinct raters named in `units`; `categories` likewise, so that a
 * category nobody used is reported (as null). A unit naming a rater or category missing from a given
 * list is a RangeError. Zero-length units carry no mass and are dropped. Units of one rater and one
 * category must not overlap (DKPro assumes so; a RangeError here); touching units stay two units.
 */

import { observedFromColumns, placementCounter, segmentColumns, type Spans } from "./unitizing-sums";

export interface UnitizingUnit {
  rater: string;
  category: string;
  start: number;
  length: number;
}

export interface UnitizingInput {
  begin: number;
  length: number;
  units: UnitizingUnit[];
  /** Every rater, including any who marked nothing. Default: the distinct raters in `units`. */
  raters?: string[];
  /** Every category to report, including unused ones. Default: the distinct categories in `units`. */
  categories?: string[];
}

export interface UnitizingAlpha {
  overall: number | null;
  byCategory: Record<string, number | null>;
}

export interface CategoryDisagreement {
  observed: number;
  expected: number;
}

export function unitizingAlpha(input: UnitizingInput): UnitizingAlpha {
  const study = readStudy(input);
  const disagreements = disagreementsOf(study);
  const alphaOf = (observed: number, expected: number) => (expected > 0 ? 1 - observed / expected : null);
  let observedSum = 0;
  let expectedSum = 0;
  const byCategory = study.categories.map((category) => {
    const d = disagreements?.get(category);
    if (d === undefined) return [category, null] as const;
    observedSum += d.observed;
    expectedSum += d.expected;
    return [category, alphaOf(d.observed, d.expected)] as const;
  });
  return { overall: alphaOf(observedSum, expectedSum), byCategory: Object.fromEntries(byCategory) };
}

/** D_O and D_E per category (0 and 0 for an unused one); null with fewer than two raters. */
export function unitizingDisagreement(input: UnitizingInput): Record<string, CategoryDisagreement> | null {
  const disagreements = disagreementsOf(readStudy(input));
  return disagreements === null ? null : Object.fromEntries(disagreements);
}

interface Segment {
  start: number;
  end: number;
  isUnit: boolean;
}

interface Study {
  begin: number;
  end: number;
  raters: string[];
  categories: string[];
  /** category -> rater -> that rater's units of the category, sorted and not overlapping */
  units: Map<string, Map<string, Segment[]>>;
}

function disagreementsOf(study: Study): Map<string, CategoryDisagreement> | null {
  if (study.raters.length < 2) return null;
  const result = new Map<string, CategoryDisagreement>();
  for (const category of study.categories) {
    const byRater = study.units.get(category);
    if (byRater === undefined) {
      result.set(category, { observed: 0, expected: 0 });
      continue;
    }
    const { units, gaps } = segmentColumns(
      study.raters.map((rater) => byRater.get(rater) ?? []),
      study.begin,
      study.end,
    );
    result.set(category, { observed: observed(units, gaps, study), expected: expected(units, gaps, study) });
  }
  return result;
}

function observed(units: Spans, gaps: Spans, study: Study): number {
  const m = study.raters.length;
  const L = study.end - study.begin;
  return (2 * observedFromColumns(units, gaps)) / (m * (m - 1) * L * L);
}

function expected(units: Spans, gaps: Spans, study: Study): number {
  const m = study.raters.length;
  const L = study.end - study.begin;
  const n = units.start.length;
  const placements = placementCounter(gaps.end.map((end, i) => end - gaps.start[i]!));
  let numerator = 0;
  let pairedLengths = 0;
  for (let i = 0; i < n; i++) {
    const l = units.end[i]! - units.start[i]!;
    numerator += ((n - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * placements(l);
    pairedLengths += l * (l - 1);
  }
  return (2 * numerator) / (L * (m * L * (m * L - 1) - pairedLengths));
}

function readStudy(input: UnitizingInput): Study {
  const { begin, length } = input;
  assertOffset(begin, "begin");
  assertOffset(length, "length");
  const end = begin + length;
  const raters = input.raters ? distinct(input.raters, "rater") : null;
  const categories = input.categories ? distinct(input.categories, "category") : null;
  const raterSet = raters && new Set(raters);
  const categorySet = categories && new Set(categories);
  const ratersSeen = new Set<string>();
  const categoriesSeen = new Set<string>();
  const units = new Map<string, Map<string, Segment[]>>();
  input.units.forEach((unit, index) => {
    const where = `units[${index}]`;
    assertOffset(unit.start, `${where}.start`);
    assertOffset(unit.length, `${where}.length`);
    if (unit.start < begin || unit.start + unit.length > end) {
      throw new RangeError(`${where} [${unit.start}, ${unit.start + unit.length}) lies outside the continuum [${begin}, ${end})`);
    }
    if (raterSet && !raterSet.has(unit.rater)) throw new RangeError(`${where}: rater ${JSON.stringify(unit.rater)} is not in raters`);
    if (categorySet && !categorySet.has(unit.category)) {
      throw new RangeError(`${where}: category ${JSON.stringify(unit.category)} is not in categories`);
    }
    ratersSeen.add(unit.rater);
    categoriesSeen.add(unit.category);
    if (unit.length === 0) return;
    const byRater = units.get(unit.category) ?? new Map<string, Segment[]>();
    units.set(unit.category, byRater);
    const list = byRater.get(unit.rater) ?? [];
    byRater.set(unit.rater, list);
    list.push({ start: unit.start, end: unit.start + unit.length, isUnit: true });
  });
  for (const [category, byRater] of units) {
    for (const [rater, list] of byRater) {
      list.sort((a, b) => a.start - b.start);
      list.forEach((unit, k) => {
        const before = list[k - 1];
        if (before !== undefined && unit.start < before.end) {
          throw new RangeError(`rater ${JSON.stringify(rater)} has overlapping units of category ${JSON.stringify(category)}`);
        }
      });
    }
  }
  return {
    begin,
    end,
    raters: raters ?? [...ratersSeen].sort(),
    categories: categories ?? [...categoriesSeen].sort(),
    units,
  };
}

function assertOffset(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

function distinct(names: string[], what: string): string[] {
  if (new Set(names).size !== names.length) throw new RangeError(`a ${what} is listed twice`);
  return names;
}
