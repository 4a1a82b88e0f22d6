/**
 * "Spot the slant: Lavrov…" → "spot-the-slant-lavrov-class-2026-12-01.csv": letters and digits
 * of any script, joined by hyphens, so every system and browser keeps the name as it is.
 */
export function exportFileName(title: string, scope: string, date: string, extension: string): string {
  const words = title.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const stem = words.join("-").slice(0, 60).replace(/-+$/, "") || "assignment";
  return `${stem}-${scope}-${date.slice(0, 10)}.${extension}`;
}

/** The Content-Disposition header: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "export";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
