import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { loadAnnotatingContext } from "./annotating-context";
import { DomainError, NotFound } from "@/lib/errors";
import type { AnnotationBatchDto, AnnotationOperation, AnnotationOperationResult } from "./batch-schemas";
import { deleteAnnotation } from "./delete-annotation";
import { findAnnotationForActor } from "./find-annotation-for-actor";
import { saveNewAnnotations, type NewAnnotationOutcome } from "./save-new-annotations";
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
export async function applyAnnotationBatch(caller: Caller, assignmentId: string, operations: AnnotationOperation[]): Promise<AnnotationBatchDto> {
  const savedAt = () => new Date().toISOString();
  // Only new highlights (a queue of them, or the one just made): one transaction, whose locked
  // read of the assignment refuses the whole batch (404, 403) as the check below would.
  const creates = operations.filter((op): op is CreateOperation => op.op === "create");
  if (creates.length === operations.length) {
    const outcomes = await saveNewAnnotations(caller, assignmentId, creates.map(withoutOp));
    return { results: outcomes.map((outcome, i) => resultOf(creates[i]!, outcome)), savedAt: savedAt() };
  }
  // The whole batch is about one assignment: one the caller cannot see is a 404 for all of it,
  // and one they may not annotate at all (an archived class, an admin) a 403 for all of it.
  const actor = await callerActor(caller);
  await loadAnnotatingContext(actor, assignmentId);
  const results: AnnotationOperationResult[] = [];
  for (let i = 0; i < operations.length; ) {
    const run: CreateOperation[] = [];
    for (let op = operations[i]; op?.op === "create"; op = operations[++i]) run.push(op);
    if (run.length > 0) results.push(...(await createAll(actor, assignmentId, run)));
    else results.push(await applyOne(actor, assignmentId, operations[i++]!));
  }
  return { results, savedAt: savedAt() };
}

const withoutOp = ({ op: _op, ...input }: CreateOperation) => input;

/** A run of new highlights between other changes; a refusal of the whole run (the class archived since) is each one's answer. */
async function createAll(actor: Actor, assignmentId: string, run: CreateOperation[]): Promise<AnnotationOperationResult[]> {
  try {
    const outcomes = await saveNewAnnotations({ actor }, assignmentId, run.map(withoutOp));
    return outcomes.map((outcome, i) => resultOf(run[i]!, outcome));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return run.map((operation) => refusedResult(operation, error));
  }
}

function resultOf(operation: CreateOperation, outcome: NewAnnotationOutcome): AnnotationOperationResult {
  if (!outcome.ok) return refusedResult(operation, outcome.refusal);
  const { annotation, created } = outcome.value;
  return { id: annotation.id, op: "create", status: created ? 201 : 200, annotation };
}

function refusedResult(operation: AnnotationOperation, error: DomainError): AnnotationOperationResult {
  const details = error.details !== undefined ? { details: error.details } : {};
  return { id: operation.id, op: operation.op, status: error.status, error: { code: error.code, message: error.message, ...details } };
}

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
    return { ok: false, refused: refusedResult(operation, error) };
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
