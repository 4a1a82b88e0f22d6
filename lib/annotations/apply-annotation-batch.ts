import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadAnnotatingContext, type AnnotatingContext } from "./annotating-context";
import { DomainError, NotFound } from "@/lib/errors";
import type { AnnotationBatchDto, AnnotationOperation, AnnotationOperationResult } from "./batch-schemas";
import { answerRefusedSave, checkNewAnnotation, insertAnnotations, type CreateAnnotationResult } from "./create-annotation";
import { deleteAnnotation } from "./delete-annotation";
import { findAnnotationForActor } from "./find-annotation-for-actor";
import { updateAnnotation } from "./update-annotation";

type CreateOperation = Extract<AnnotationOperation, { op: "create" }>;

/**
 * Carries out a reader's waiting changes in the order they were made, each answered on its
 * own as the single routes would: a refused change does not stop the ones after it. Every
 * change is idempotent by id, so a batch whose reply was lost can be sent again whole. New
 * highlights in a row are saved together, in one transaction (a queue that waited offline is
 * mostly that); if that is refused, they are tried one by one, so each gets its own answer.
 * A database failure is not a refusal: it ends the batch with a 503, and the client sends it
 * all again.
 */
export async function applyAnnotationBatch(actor: Actor, assignmentId: string, operations: AnnotationOperation[]): Promise<AnnotationBatchDto> {
  // The whole batch is about one assignment: one the caller cannot see is a 404 for all of it,
  // and one they may not annotate at all (an archived class, an admin) a 403 for all of it.
  const assignment = await loadAnnotatingContext(actor, assignmentId);
  const results: AnnotationOperationResult[] = [];
  for (let i = 0; i < operations.length; ) {
    const run: CreateOperation[] = [];
    for (let op = operations[i]; op?.op === "create"; op = operations[++i]) run.push(op);
    if (run.length > 0) results.push(...(await createAll(actor, assignment, run)));
    else results.push(await applyOne(actor, assignmentId, operations[i++]!));
  }
  return { results, savedAt: new Date().toISOString() };
}

async function createAll(actor: Actor, assignment: AnnotatingContext, run: CreateOperation[]): Promise<AnnotationOperationResult[]> {
  const results: (AnnotationOperationResult | null)[] = [];
  const valid: { index: number; annotation: ReturnType<typeof checkNewAnnotation> }[] = [];
  for (const [index, operation] of run.entries()) {
    const { op: _op, ...input } = operation;
    const checked = await attempt(operation, async () => checkNewAnnotation(assignment, input));
    results.push(checked.ok ? null : checked.refused);
    if (checked.ok) valid.push({ index, annotation: checked.value });
  }
  const saved = valid.length === 0 ? [] : await attempt(run[0]!, () => insertAnnotations(actor, assignment, valid.map((v) => v.annotation)));
  if (!Array.isArray(saved) && saved.ok) {
    saved.value.forEach((result, k) => (results[valid[k]!.index] = createdResult(result)));
  } else {
    // Refused together: one by one, so that each says why, and replays answer as saved.
    for (const { index, annotation } of valid) {
      const one = await attempt(run[index]!, async () => {
        try {
          return (await insertAnnotations(actor, assignment, [annotation]))[0]!;
        } catch (error) {
          return answerRefusedSave(error, actor, assignment.assignmentId, annotation);
        }
      });
      results[index] = one.ok ? createdResult(one.value) : one.refused;
    }
  }
  return results.map((result) => result!);
}

const createdResult = ({ annotation, created }: CreateAnnotationResult): AnnotationOperationResult => ({ id: annotation.id, op: "create", status: created ? 201 : 200, annotation });

async function applyOne(actor: Actor, assignmentId: string, operation: AnnotationOperation): Promise<AnnotationOperationResult> {
  const { id, op } = operation;
  const outcome = await attempt(operation, async (): Promise<AnnotationOperationResult> => {
    if (operation.op === "update") {
      await assertInAssignment(actor, id, assignmentId);
      const { op: _op, id: _id, ...input } = operation;
      return { id, op, status: 200, annotation: await updateAnnotation(actor, id, input) };
    }
    const baseRevision = operation.op === "delete" ? operation.baseRevision : undefined;
    if (await isInAssignment(actor, id, assignmentId)) await deleteAnnotation(actor, id, { baseRevision });
    // Already gone is what a delete asks for: a replay after a lost reply, or deleted in another tab.
    return { id, op, status: 204 };
  });
  return outcome.ok ? outcome.value : outcome.refused;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; refused: AnnotationOperationResult };

/** Runs one change; a refusal (a DomainError) becomes that change's answer, anything else ends the batch. */
async function attempt<T>(operation: AnnotationOperation, run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const details = error.details !== undefined ? { details: error.details } : {};
    return { ok: false, refused: { id: operation.id, op: operation.op, status: error.status, error: { code: error.code, message: error.message, ...details } } };
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
