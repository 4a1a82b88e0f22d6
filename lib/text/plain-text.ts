import { z } from "zod";
import { plainTextProblem } from "./plain-text-problem";

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
