/**
 * Cohen's kappa (Cohen 1960) for two raters who each put the same items into one of the
 * same categories: κ = (p_o − p_e) / (1 − p_e), where p_o is the share of items on which
 * they agree and p_e the agreement expected if each rater kept their own category shares
 * but chose independently of the other.
 *
 * `matrix[a][b]` counts the items rater A put in category a and rater B in category b.
 * Cells may be proportions instead of counts: kappa does not change with the scale.
 *
 * Returns null where kappa is undefined: no items at all, or p_e = 1 (both raters used
 * one and the same category for everything, so agreement cannot be told from chance).
 */
export function cohenKappa(matrix: number[][]): number | null {
  assertConfusionMatrix(matrix);
  const size = matrix.length;
  const rowTotals = new Array<number>(size).fill(0);
  const columnTotals = new Array<number>(size).fill(0);
  let total = 0;
  let agreed = 0;
  matrix.forEach((row, a) => {
    row.forEach((cell, b) => {
      total += cell;
      rowTotals[a]! += cell;
      columnTotals[b]! += cell;
      if (a === b) agreed += cell;
    });
  });
  if (total === 0) return null;

  // Counts form of (p_o − p_e) / (1 − p_e), multiplied through by N²: integer tables stay
  // exact until the one division, so perfect agreement gives exactly 1 and p_e = 1 is
  // recognised exactly rather than as a tiny, noisy denominator.
  let chanceProducts = 0;
  for (let c = 0; c < size; c++) chanceProducts += rowTotals[c]! * columnTotals[c]!;
  const denominator = total * total - chanceProducts;
  if (!(denominator > 0)) return null;
  const kappa = (total * agreed - chanceProducts) / denominator;
  return Number.isFinite(kappa) ? kappa : null;
}

function assertConfusionMatrix(matrix: number[][]): void {
  if (!Array.isArray(matrix)) throw new RangeError("cohenKappa: expected a confusion matrix (an array of rows).");
  matrix.forEach((row, a) => {
    if (!Array.isArray(row) || row.length !== matrix.length) {
      const cells = Array.isArray(row) ? `${row.length} cells` : "no cells";
      throw new RangeError(
        `cohenKappa: the confusion matrix must be square (one row and one column per category), but row ${a} has ${cells} for ${matrix.length} rows.`,
      );
    }
    row.forEach((cell, b) => {
      if (typeof cell !== "number" || !Number.isFinite(cell)) {
        throw new RangeError(`cohenKappa: cell [${a}][${b}] must be a finite number, got ${String(cell)}.`);
      }
      if (cell < 0) throw new RangeError(`cohenKappa: cell [${a}][${b}] is a count and cannot be negative, got ${cell}.`);
    });
  });
}
