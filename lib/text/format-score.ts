/** A score with its scale when the assignment has one: "8 / 10", else "8". */
export function formatScore(score: number, outOf: number | null): string {
  return outOf === null ? String(score) : `${score} / ${outOf}`;
}
