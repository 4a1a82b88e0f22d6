import { z } from "zod";
import { LONE_SURROGATE } from "./plain-text-problem";

// C0 and C1 controls and DEL: PostgreSQL cannot store NUL, and none belongs in an address.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;
// Zero-width characters, direction overrides, soft hyphens…: an address with them shows
// as one place and leads to another.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const HTTP_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;

function addressProblem(value: string): string | null {
  if (CONTROL_CHARACTERS.test(value)) return "must not contain control characters";
  if (LONE_SURROGATE.test(value)) return "must not contain broken characters (half of an emoji)";
  if (INVISIBLE.test(value)) return "must not contain invisible characters";
  if (!HTTP_ADDRESS.test(value) || !URL.canParse(value)) return "must be an http:// or https:// address";
  return null;
}

/** An http(s) address as typed, trimmed; "" is null. Anything that cannot be stored or shown as it is gets refused. */
export const WebAddress = z
  .string()
  .trim()
  .max(2000)
  .transform((value) => (value === "" ? null : value))
  .superRefine((value, context) => {
    const problem = value === null ? null : addressProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .nullable();
