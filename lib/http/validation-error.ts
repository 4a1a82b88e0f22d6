import type { z } from "zod";
import { ValidationFailed } from "@/lib/errors";

/** "currentPassword" → "current password", for messages people read. */
const humanField = (path: string) => path.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/** A zod failure as a ValidationFailed whose message names the first problem and its field. */
export function toValidationError(error: z.ZodError, what = "request"): ValidationFailed {
  const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const first = issues[0];
  const where = first?.path ? `${humanField(first.path)} ` : "";
  return new ValidationFailed(`Invalid ${what}: ${where}${first?.message ?? "unknown problem"}.`, { issues });
}
