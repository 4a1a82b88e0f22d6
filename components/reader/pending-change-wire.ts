import type { AnnotationOperation, AnnotationOperationResult } from "@/lib/annotations/batch-schemas";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { PendingChange } from "./pending-change";

/** A waiting change as the batch endpoint takes it, with the revision it was made on. */
export function toOperation(change: PendingChange): AnnotationOperation {
  const base = change.baseRevision === undefined ? {} : { baseRevision: change.baseRevision };
  if (change.kind === "create") return { op: "create", ...change.create! };
  if (change.kind === "update") return { op: "update", id: change.id, ...change.patch, ...base };
  return { op: "delete", id: change.id, ...base };
}

/** What a refused answer makes of its change: a conflict (with the stored record) to choose on, or a refusal with the reason. */
export function refusalOf(result: AnnotationOperationResult): Pick<PendingChange, "state" | "problem"> {
  const error = result.error ?? { code: "refused", message: `The server answered ${result.status}.` };
  const theirs = result.status === 409 && error.code === "edit_conflict" ? storedRecord((error.details as { current?: unknown } | undefined)?.current) : null;
  if (theirs) return { state: "conflict", problem: { code: error.code, message: error.message, theirs } };
  return { state: "refused", problem: { code: error.code, message: error.message } };
}

/** The stored record a conflict carries (AnnotationDto, checked as such in the tests), or null if it is not one. */
function storedRecord(value: unknown): AnnotationDto | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Partial<AnnotationDto>;
  return typeof record.id === "string" && typeof record.revision === "number" && typeof record.tag === "string" ? (value as AnnotationDto) : null;
}
