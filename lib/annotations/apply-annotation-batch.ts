import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { findAssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { DomainError, NotFound } from "@/lib/errors";
import type { AnnotationBatchDto, AnnotationOperation, AnnotationOperationResult } from "./batch-schemas";
import { createAnnotation } from "./create-annotation";
import { deleteAnnotation } from "./delete-annotation";
import { findAnnotationForActor } from "./find-annotation-for-actor";
import { updateAnnotation } from "./update-annotation";

/**
 * Carries out a reader's waiting changes in the order they were made, each on its own (its
 * own transaction, answered on its own), as the single routes would: a refused change does not
 * stop the ones after it. Every change is idempotent by id, so a batch whose reply was lost can
 * be sent again whole. A database failure is not a refusal: it ends the batch with a 503, and
 * the client sends it all again.
 */
export async function applyAnnotationBatch(actor: Actor, assignmentId: string, operations: AnnotationOperation[]): Promise<AnnotationBatchDto> {
  // The whole batch is about one assignment: one the caller cannot see is a 404 for all of it,
  // and one they may not annotate at all (an archived class, an admin) a 403 for all of it.
  const { access } = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:annotate", access, access.archived ? annotateRefusal(access, "annotate") : "Only members of this class can annotate it.");
  const results: AnnotationOperationResult[] = [];
  for (const operation of operations) results.push(await applyOne(actor, assignmentId, operation));
  return { results, savedAt: new Date().toISOString() };
}

async function applyOne(actor: Actor, assignmentId: string, operation: AnnotationOperation): Promise<AnnotationOperationResult> {
  const { op, id } = operation;
  try {
    if (op === "create") {
      const { op: _op, ...input } = operation;
      const { annotation, created } = await createAnnotation(actor, assignmentId, input);
      return { id, op, status: created ? 201 : 200, annotation };
    }
    if (op === "update") {
      await assertInAssignment(actor, id, assignmentId);
      const { op: _op, id: _id, ...input } = operation;
      return { id, op, status: 200, annotation: await updateAnnotation(actor, id, input) };
    }
    if (await isInAssignment(actor, id, assignmentId)) await deleteAnnotation(actor, id, { baseRevision: operation.baseRevision });
    // Already gone is what a delete asks for: a replay after a lost reply, or deleted in another tab.
    return { id, op, status: 204 };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { id, op, status: error.status, error: { code: error.code, message: error.message, ...(error.details !== undefined && { details: error.details }) } };
  }
}

/** An id from another assignment is treated as unknown here, whatever it is elsewhere. */
async function isInAssignment(actor: Actor, annotationId: string, assignmentId: string): Promise<boolean> {
  try {
    const { submission } = await findAnnotationForActor(actor, annotationId);
    return submission.assignmentId === assignmentId;
  } catch (error) {
    if (error instanceof NotFound) return false;
    throw error;
  }
}

async function assertInAssignment(actor: Actor, annotationId: string, assignmentId: string): Promise<void> {
  if (!(await isInAssignment(actor, annotationId, assignmentId))) throw new NotFound("This highlight (deleted elsewhere, perhaps in another tab)");
}
