import type { z } from "zod";
import { ValidationFailed } from "@/lib/errors";

/** "currentPassword" → "current password", for messages people read. */
const humanField = (path: string) => path.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

interface FlatIssue {
  path: string;
  message: string;
}

/**
 * zod's issues with each failed union replaced by the issues of the first branch whose type fit
 * the value (for "one object or a list of them", the object branch for an object, the list
 * branch for a list): its messages say what is wrong, the others only "expected an array". When
 * no branch fits, the union's own message stays.
 */
function flatIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): FlatIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union") {
      const fitting = issue.errors.find((branch) => branch.length > 0 && !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"));
      if (fitting) return flatIssues(fitting, path);
    }
    return [{ path: path.map(String).join("."), message: issue.message }];
  });
}

/** A zod failure as a ValidationFailed whose message names the first problem and its field. */
export function toValidationError(error: z.ZodError, what = "request"): ValidationFailed {
  const issues = flatIssues(error.issues);
  const first = issues[0];
  const where = first?.path ? `${humanField(first.path)} ` : "";
  return new ValidationFailed(`Invalid ${what}: ${where}${first?.message ?? "unknown problem"}.`, { issues });
}
