// C0 controls other than tab and newline; PostgreSQL cannot even store NUL.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/;
// Half of an emoji: PostgreSQL would store U+FFFD instead, and the text would change under us.
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Direction overrides and isolates can make text display differently from what it says.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// What an HTML parser would read as a tag, comment or declaration: "<b>", "</p>",
// "<img src=x ...>", "<!--". A "<" followed by a space, digit or symbol ("a < b", "<3") is text.
const MARKUP = /<\/?[a-z][^>]*>|<[!?]/i;
// What shows nothing on its own: white space, and Unicode's default-ignorable characters
// (zero-width spaces and joiners, the word joiner, byte-order marks, soft hyphens, variation
// selectors, Hangul fillers, tag characters), plus the blank Braille pattern.
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

export const BLANK_MESSAGE = "must not be empty";

/** True when `value` holds something that looks like an HTML tag, comment or declaration. */
export const containsMarkup = (value: string): boolean => MARKUP.test(value);

/** True when nothing in `value` would show: "", spaces, or only zero-width characters ("\u200B\u200B"). */
export const isBlankText = (value: string): boolean => INVISIBLE_ONLY.test(value);

/**
 * Why `value` is not acceptable plain text, or null. Shared by the server's schemas
 * and the browser's forms (which should not carry zod just for this).
 */
export function plainTextProblem(value: string, maxLength: number): string | null {
  if (value.length > maxLength) return `must be at most ${maxLength} characters`;
  if (CONTROL_CHARACTERS.test(value)) return "must not contain control characters";
  if (LONE_SURROGATE.test(value)) return "must not contain broken characters (half of an emoji)";
  if (DIRECTION_CONTROLS.test(value)) return "must not contain invisible text-direction controls";
  if (containsMarkup(value)) return "must be plain text, without HTML tags";
  return null;
}
