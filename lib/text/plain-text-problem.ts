// C0 controls other than tab and newline; PostgreSQL cannot even store NUL.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/;
// What an HTML parser would read as a tag, comment or declaration: "<b>", "</p>",
// "<img src=x ...>", "<!--". A "<" followed by a space, digit or symbol ("a < b", "<3") is text.
const MARKUP = /<\/?[a-z][^>]*>|<[!?]/i;

/**
 * Why `value` is not acceptable plain text, or null. Shared by the server's schemas
 * and the browser's forms (which should not carry zod just for this).
 */
export function plainTextProblem(value: string, maxLength: number): string | null {
  if (value.length > maxLength) return `must be at most ${maxLength} characters`;
  if (CONTROL_CHARACTERS.test(value)) return "must not contain control characters";
  if (MARKUP.test(value)) return "must be plain text, without HTML tags";
  return null;
}
