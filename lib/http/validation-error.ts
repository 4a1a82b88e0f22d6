import type { z } from "zod";
import { ValidationFailed } from "@/lib/errors";

/** A zod failure as a ValidationFailed whose message names the first problem and its field. */
export function toValidationError(error: z.ZodError, what = "request"): ValidationFailed {
  const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const first = issues[0];
  const where = first?.path ? `${first.path}: ` : "";
  return new ValidationFailed(`Invalid ${what}: ${where}${first?.message ?? "unknown problem"}.`, { issues });
}
