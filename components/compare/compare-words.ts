/** "1 reader", "3 readers". */
export const readersWord = (n: number) => `${n} ${n === 1 ? "reader" : "readers"}`;

/** A coefficient as a teacher reads it: two decimals, or "—" when undefined. */
export const coefficientText = (value: number | null) => (value === null ? "—" : value.toFixed(2));

/** A share (0–1) as a whole percentage. */
export const percentText = (share: number) => `${Math.round(share * 100)}%`;

/** A passage shortened for a list, at a word boundary. */
export function shortPassage(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}
