/**
 * The canonical text of a plain-text import: every annotation offset points into it,
 * so this function must never change behaviour for text already stored.
 * CRLF (and a lone CR, which would otherwise render as nothing) become LF; the ends are trimmed.
 */
export function canonicalizePlainText(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").trim();
}
