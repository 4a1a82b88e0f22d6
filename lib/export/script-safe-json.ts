/**
 * JSON text that stays inert wherever it is pasted: JSON-LD is often embedded in an HTML page as
 * <script type="application/ld+json">, where a note holding "</script>" would end the script, so
 * <, > and & are written as \u escapes, and so are U+2028 and U+2029 (line breaks to older
 * JavaScript). Parsing gives back exactly the same values.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
