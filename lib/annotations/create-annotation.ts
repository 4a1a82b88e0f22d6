import "server-only";
import type { Caller } from "@/lib/auth/caller";
import type { CreateAnnotationResult } from "./answer-replayed-save";
import { saveNewAnnotations } from "./save-new-annotations";
import type { CreateAnnotationInput } from "./schemas";

export type { CreateAnnotationResult } from "./answer-replayed-save";

/**
 * Saves a highlight on the assignment's article. The id comes from the client so a
 * retried save returns the first one's record instead of making a second.
 */
export async function createAnnotation(caller: Caller, assignmentId: string, input: CreateAnnotationInput): Promise<CreateAnnotationResult> {
  const [outcome] = await saveNewAnnotations(caller, assignmentId, [input]);
  if (!outcome!.ok) throw outcome!.refusal;
  return outcome!.value;
}
