import { z } from "zod";
import { BLANK_MESSAGE, isBlankText, plainTextProblem } from "./plain-text-problem";

/**
 * A zod string for text people type: CRLF normalised, then refused with a message
 * that says why if it is too long, holds control characters or looks like HTML.
 */
export function plainText(maxLength: number) {
  return z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n"))
    .superRefine((value, context) => {
      const problem = plainTextProblem(value, maxLength);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
}

/** A title or name: plain text, trimmed, and "must not be empty" when nothing in it would show. */
export function requiredPlainText(maxLength: number) {
  return plainText(maxLength).pipe(z.string().trim().refine((value) => !isBlankText(value), BLANK_MESSAGE));
}

/** An optional line or comment: plain text, trimmed; null when nothing in it would show. */
export function optionalPlainText(maxLength: number) {
  return plainText(maxLength)
    .pipe(z.string().trim())
    .transform((value) => (isBlankText(value) ? null : value));
}
