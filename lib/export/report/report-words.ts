/** "1 reader", "3 readers". */
export const readersWord = (n: number) => `${n} ${n === 1 ? "reader" : "readers"}`;

/** A coefficient or score to two decimals, or "—" when there is none. */
export const decimalText = (value: number | null) => (value === null || !Number.isFinite(value) ? "—" : value.toFixed(2));

/** A share (0–1) as a whole percentage. */
export const percentText = (share: number) => `${Math.round(share * 100)}%`;

/** A passage shortened for a list, at a word boundary, on one line. */
export function shortPassage(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

/** Only an http(s) address becomes a link; anything else (javascript:, data:, a typo) stays text. */
export function safeHref(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
