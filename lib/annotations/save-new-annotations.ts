import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { inTransaction, type Tx } from "@/lib/db/transaction";
import { DomainError, WorkSubmitted } from "@/lib/errors";
import { lockAnnotatingContext, type AnnotatingContext } from "./annotating-context";
import { describeQuote } from "./anchoring/quote-selector";
import { answerRefusedSave, answerRetry, type CreateAnnotationResult } from "./answer-replayed-save";
import { assertRoomFor, assertRoomForAnnotation } from "./assert-room-for-annotation";
import { checkNewAnnotation, type NewAnnotation } from "./check-new-annotation";
import { ensureDraftSubmission } from "./ensure-draft-submission";
import { insertAnnotationRows } from "./insert-annotation-rows";
import type { CreateAnnotationInput } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

/** One new highlight's answer: saved (or found saved, for a replay), or refused with the reason. */
export type NewAnnotationOutcome = { ok: true; value: CreateAnnotationResult } | { ok: false; refusal: DomainError };

/**
 * Saves new highlights of one student on one assignment, answered in their order, in one
 * transaction: the assignment, the student's place and their draft are read locked, the
 * highlights checked against that text and those tags, and all inserted in one statement.
 * A highlight that does not fit the text is refused alone. A refusal of all of them (the work
 * handed in, no room left) rolls back, and each is then tried alone so that replays of saves
 * that landed answer as saved. An assignment the actor may not see or annotate refuses the
 * whole request: that throws.
 */
export async function saveNewAnnotations(actor: Actor, assignmentId: string, inputs: CreateAnnotationInput[]): Promise<NewAnnotationOutcome[]> {
  const checked: (NewAnnotation | DomainError)[] = [];
  try {
    return await inTransaction(async (tx) => {
      const context = await lockAnnotatingContext(tx, actor, assignmentId);
      checked.push(...inputs.map((input) => checkOrRefuse(context, input)));
      const valid = checked.filter(isNew);
      const saved = valid.length === 0 ? [] : await insertChecked(tx, actor, context, valid);
      return checked.map((item) => (isNew(item) ? { ok: true, value: saved.shift()! } : { ok: false, refusal: item }));
    });
  } catch (error) {
    // Before any highlight was checked, the refusal is the whole request's.
    if (!(error instanceof DomainError) || checked.length === 0) throw error;
    return answerEachAlone(error, actor, assignmentId, checked);
  }
}

const isNew = (item: NewAnnotation | DomainError): item is NewAnnotation => !(item instanceof DomainError);

function checkOrRefuse(context: AnnotatingContext, input: CreateAnnotationInput): NewAnnotation | DomainError {
  try {
    return checkNewAnnotation(context, input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

async function answerEachAlone(error: DomainError, actor: Actor, assignmentId: string, checked: (NewAnnotation | DomainError)[]): Promise<NewAnnotationOutcome[]> {
  const alone = checked.filter(isNew).length === 1;
  const outcomes: NewAnnotationOutcome[] = [];
  for (const item of checked) {
    if (!isNew(item)) outcomes.push({ ok: false, refusal: item });
    else if (alone) outcomes.push(await outcomeOf(() => answerRefusedSave(error, actor, assignmentId, item)));
    else outcomes.push((await saveNewAnnotations(actor, assignmentId, [item]))[0]!);
  }
  return outcomes;
}

async function outcomeOf(run: () => Promise<CreateAnnotationResult>): Promise<NewAnnotationOutcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, refusal: error };
    throw error;
  }
}

/** Inserts checked highlights into the student's draft; ids already stored answer as replays (or 409). */
async function insertChecked(tx: Tx, actor: Actor, context: AnnotatingContext, annotations: NewAnnotation[]): Promise<CreateAnnotationResult[]> {
  const { text, assignmentId } = context;
  const submissionId = await draftWithRoom(tx, context, actor.id, annotations.length);
  const inserted = await insertAnnotationRows(
    tx,
    annotations.map((a) => ({ id: a.id, submissionId, start: a.start, end: a.end, tag: a.tag, note: a.note, ...describeQuote(text, a.start, a.end) })),
  );
  // The only unique key written here is the id: when two copies of one request race, the
  // loser waits for the winner's commit, writes nothing and answers like a retry.
  const created = new Map(inserted.map((row) => [row.id, row]));
  const missing = annotations.filter((a) => !created.has(a.id)).map((a) => a.id);
  const existing =
    missing.length === 0 ? new Map() : new Map((await tx.annotation.findMany({ where: { id: { in: missing } }, include: { submission: true } })).map((row) => [row.id, row]));
  return annotations.map((annotation) => {
    const row = created.get(annotation.id);
    if (row) return { annotation: toAnnotationDto(row), created: true };
    const winner = existing.get(annotation.id)!;
    return answerRetry(winner, winner.submission, actor, assignmentId, annotation);
  });
}

/** The draft the highlights go into (made on the first one), if it has room for them; else 409. */
async function draftWithRoom(tx: Tx, context: AnnotatingContext, userId: string, adding: number): Promise<string> {
  if (!context.submission) {
    const made = await ensureDraftSubmission(tx, context.assignmentId, userId);
    await assertRoomForAnnotation(made.id, tx, adding);
    return made.id;
  }
  if (context.submission.status !== "DRAFT") throw new WorkSubmitted();
  assertRoomFor(context.submission.count, adding);
  return context.submission.id;
}
