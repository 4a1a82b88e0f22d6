/**
 * Fleiss' kappa (Fleiss 1971) for a fixed number n of raters per subject, where the raters
 * need not be the same people from subject to subject.
 *
 * `counts[i][j]` is how many of the n raters put subject i into category j; every row
 * sums to the same n. With P_i = (Σ_j n_ij² − n) / (n(n − 1)) the agreement on subject i,
 * P̄ their mean, p_j the share of all ratings in category j and P̄e = Σ_j p_j²,
 * κ = (P̄ − P̄e) / (1 − P̄e).
 */
export interface FleissKappaDetails {
  kappa: number;
  /** P̄: the mean share of agreeing rater pairs per subject. */
  meanAgreement: number;
  /** P̄e: the agreement expected by chance from the category shares. */
  chanceAgreement: number;
  /** p_j: the share of all ratings that went to each category. */
  categoryShares: number[];
  subjects: number;
  ratersPerSubject: number;
}

/**
 * Fleiss' kappa, or null where it is undefined: no subjects, fewer than two raters per
 * subject, or P̄e = 1 (every rating in one category, so agreement cannot be told from chance).
 */
export function fleissKappa(counts: number[][]): number | null {
  return fleissKappaDetails(counts)?.kappa ?? null;
}

/** Fleiss' kappa with the figures it is made of (P̄, P̄e, p_j), for display and checking. */
export function fleissKappaDetails(counts: number[][]): FleissKappaDetails | null {
  const raters = assertCountTable(counts);
  const subjects = counts.length;
  if (subjects === 0 || raters < 2) return null;

  const categories = counts[0]!.length;
  const categoryTotals = new Array<number>(categories).fill(0);
  let agreementSum = 0;
  for (const row of counts) {
    let squares = 0;
    row.forEach((count, j) => {
      squares += count * count;
      categoryTotals[j]! += count;
    });
    agreementSum += (squares - raters) / (raters * (raters - 1));
  }

  // P̄e = 1 exactly when Σ C_j² = (N·n)²: decided on the integer totals, not on a rounded P̄e.
  const ratings = subjects * raters;
  const squaredTotals = categoryTotals.reduce((sum, total) => sum + total * total, 0);
  if (squaredTotals >= ratings * ratings) return null;

  const categoryShares = categoryTotals.map((total) => total / ratings);
  const meanAgreement = agreementSum / subjects;
  const chanceAgreement = categoryShares.reduce((sum, share) => sum + share * share, 0);
  const kappa = (meanAgreement - chanceAgreement) / (1 - chanceAgreement);
  if (!Number.isFinite(kappa)) return null;
  return { kappa, meanAgreement, chanceAgreement, categoryShares, subjects, ratersPerSubject: raters };
}

/** Checks the table's shape and cells and returns the number of raters per subject. */
function assertCountTable(counts: number[][]): number {
  if (!Array.isArray(counts)) throw new RangeError("fleissKappa: expected a table of counts (an array of subject rows).");
  let raters: number | null = null;
  let categories: number | null = null;
  counts.forEach((row, i) => {
    if (!Array.isArray(row)) throw new RangeError(`fleissKappa: subject row ${i} is not an array of counts.`);
    if (categories === null) categories = row.length;
    if (row.length !== categories) {
      throw new RangeError(`fleissKappa: every subject needs one count per category; row 0 has ${categories} and row ${i} has ${row.length}.`);
    }
    let sum = 0;
    row.forEach((count, j) => {
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
        throw new RangeError(`fleissKappa: cell [${i}][${j}] must be a whole number of raters (0 or more), got ${String(count)}.`);
      }
      sum += count;
    });
    if (raters === null) raters = sum;
    if (sum !== raters) {
      throw new RangeError(
        `fleissKappa: every subject must be rated by the same number of raters; row 0 sums to ${raters} and row ${i} to ${sum}.`,
      );
    }
  });
  return raters ?? 0;
}
