import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { callerUserId, type Caller } from "@/lib/auth/caller";
import { getDb } from "@/lib/db/client";
import { inTransaction, type Tx } from "@/lib/db/transaction";
import { DomainError, WorkSubmitted } from "@/lib/errors";
import { lockAnnotatingContext, peekAnnotatingContext, type AnnotatingContext } from "./annotating-context";
import { describeQuote } from "./anchoring/quote-selector";
import { answerRefusedSave, answerRetry, type CreateAnnotationResult } from "./answer-replayed-save";
import { assertRoomFor, assertRoomForAnnotation } from "./assert-room-for-annotation";
import { checkNewAnnotation, type NewAnnotation } from "./check-new-annotation";
import { ensureDraftSubmission } from "./ensure-draft-submission";
import { insertIfFactsHold } from "./insert-if-facts-hold";
import { forgetContext, recentContext, rememberContext } from "./recent-annotating-contexts";
import { insertAnnotationRows, type AnnotationRow } from "./insert-annotation-rows";
import { reattachUndoneFeedback } from "./reattach-undone-feedback";
import type { Annotation } from "@/lib/db/generated/client";
import { MAX_ANNOTATIONS_PER_SUBMISSION } from "@/lib/limits";
import type { CreateAnnotationInput } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

/** One new highlight's answer: saved (or found saved, for a replay), or refused with the reason. */
export type NewAnnotationOutcome = { ok: true; value: CreateAnnotationResult } | { ok: false; refusal: DomainError };

/**
 * Saves new highlights of one student on one assignment, answered in their order. A highlight
 * that does not fit the text is refused alone; a refusal of all of them (the work handed in,
 * no room left) saves none, and each is then tried alone so that replays of saves that landed
 * answer as saved. An assignment the actor may not see or annotate refuses the whole request:
 * that throws.
 *
 * The usual save (a student adding to a draft they have started) is one INSERT that writes only
 * if the facts it was decided on still hold as it commits: facts read unlocked with the session
 * just before, or those this instance saved the student's last highlight with. Anything else,
 * or a fact that changed in between, goes the careful way: one transaction that reads the
 * facts locked and says exactly why a save is refused. Undoing a delete always goes the careful
 * way: the teacher's feedback on the deleted copy moves to the new row in the same transaction.
 */
export async function saveNewAnnotations(caller: Caller, assignmentId: string, inputs: CreateAnnotationInput[]): Promise<NewAnnotationOutcome[]> {
  return (await saveOptimistically(caller, assignmentId, inputs)) ?? (await saveCarefully(caller, assignmentId, inputs));
}

/**
 * The quick save, or null when it does not apply or a fact changed (nothing written then). On
 * facts this instance saved with a moment ago it is one statement (see recentContext), else two.
 */
async function saveOptimistically(caller: Caller, assignmentId: string, inputs: CreateAnnotationInput[]): Promise<NewAnnotationOutcome[] | null> {
  const userId = callerUserId(caller);
  const remembered = recentContext(userId, assignmentId);
  const context = remembered ?? (await peekAnnotatingContext(caller, assignmentId));
  const { submission } = context;
  if (!submission || submission.status !== "DRAFT" || inputs.some((input) => input.undoesDelete)) return null;
  const checked = inputs.map((input) => checkOrRefuse(context, input));
  const valid = checked.filter(isNew);
  const refusing = valid.length < checked.length;
  // Refusals are answered from what the database says now, never from remembered facts.
  if (remembered && refusing) return forget(userId, assignmentId);
  if (valid.length === 0) return checked.map(refused);
  if (submission.count + valid.length > MAX_ANNOTATIONS_PER_SUBMISSION) return forget(userId, assignmentId);
  const { factsHeld, inserted } = await insertIfFactsHold(caller, context, valid.map((a) => storedRow(context, a, submission.id)));
  if (!factsHeld) return forget(userId, assignmentId);
  rememberContext({ ...context, submission: { ...submission, count: submission.count + inserted.length } });
  return merge(checked, await answersFor(getDb(), context, valid, inserted));
}

function forget(userId: string, assignmentId: string): null {
  forgetContext(userId, assignmentId);
  return null;
}

async function saveCarefully(caller: Caller, assignmentId: string, inputs: CreateAnnotationInput[]): Promise<NewAnnotationOutcome[]> {
  const checked: (NewAnnotation | DomainError)[] = [];
  let actor: Actor | undefined;
  try {
    return await inTransaction(async (tx) => {
      const context = await lockAnnotatingContext(tx, caller, assignmentId);
      actor = context.actor;
      checked.push(...inputs.map((input) => checkOrRefuse(context, input)));
      const valid = checked.filter(isNew);
      if (valid.length === 0) return checked.map(refused);
      const submissionId = await draftWithRoom(tx, context, valid.length);
      const inserted = await insertAnnotationRows(tx, valid.map((a) => storedRow(context, a, submissionId)));
      const reattached = await reattachUndoneFeedback(tx, submissionId, valid, inserted);
      const saved = (await answersFor(tx, context, valid, inserted)).map((outcome) => withFeedbackGiven(outcome, reattached));
      // All or none here: a draft made for an id this caller cannot use must not stay behind.
      const refusal = saved.find((outcome) => !outcome.ok);
      if (refusal && !refusal.ok) throw refusal.refusal;
      return merge(checked, saved);
    });
  } catch (error) {
    // Before any highlight was checked, the refusal is the whole request's.
    if (!(error instanceof DomainError) || checked.length === 0 || !actor) throw error;
    return answerEachAlone(error, actor, assignmentId, checked);
  }
}

/** A highlight whose feedback came back with it says so, as it would when listed. */
function withFeedbackGiven(outcome: NewAnnotationOutcome, reattached: Set<string>): NewAnnotationOutcome {
  if (!outcome.ok || !reattached.has(outcome.value.annotation.id)) return outcome;
  return { ok: true, value: { ...outcome.value, annotation: { ...outcome.value.annotation, feedbackGiven: true } } };
}

const isNew = (item: NewAnnotation | DomainError): item is NewAnnotation => !(item instanceof DomainError);
const refused = (item: NewAnnotation | DomainError): NewAnnotationOutcome => ({ ok: false, refusal: item as DomainError });

/** The answers in the order asked: the refusals where they were, the saves between them. */
function merge(checked: (NewAnnotation | DomainError)[], saved: NewAnnotationOutcome[]): NewAnnotationOutcome[] {
  return checked.map((item) => (isNew(item) ? saved.shift()! : refused(item)));
}

function checkOrRefuse(context: AnnotatingContext, input: CreateAnnotationInput): NewAnnotation | DomainError {
  try {
    return checkNewAnnotation(context, input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const storedRow = ({ text }: AnnotatingContext, a: NewAnnotation, submissionId: string): AnnotationRow => ({
  id: a.id,
  submissionId,
  start: a.start,
  end: a.end,
  tag: a.tag,
  note: a.note,
  ...describeQuote(text, a.start, a.end),
});

/**
 * Each highlight's answer once the INSERT ran: made now, or already stored under its id. Only
 * one unique key is written, the id: when two copies of one request race, the loser waits for
 * the winner's commit, writes nothing and answers like a retry; an id this caller cannot use is
 * refused alone (409).
 */
async function answersFor(db: Pick<Tx, "annotation">, context: AnnotatingContext, annotations: NewAnnotation[], inserted: Annotation[]): Promise<NewAnnotationOutcome[]> {
  const created = new Map(inserted.map((row) => [row.id, row]));
  const missing = annotations.filter((a) => !created.has(a.id)).map((a) => a.id);
  const existing =
    missing.length === 0 ? new Map() : new Map((await db.annotation.findMany({ where: { id: { in: missing } }, include: { submission: true } })).map((row) => [row.id, row]));
  return annotations.map((annotation) => {
    const row = created.get(annotation.id);
    if (row) return { ok: true, value: { annotation: toAnnotationDto(row), created: true } };
    const winner = existing.get(annotation.id)!;
    return outcomeOf(() => answerRetry(winner, winner.submission, context.actor, context.assignmentId, annotation));
  });
}

async function answerEachAlone(error: DomainError, actor: Actor, assignmentId: string, checked: (NewAnnotation | DomainError)[]): Promise<NewAnnotationOutcome[]> {
  const alone = checked.filter(isNew).length === 1;
  const outcomes: NewAnnotationOutcome[] = [];
  for (const item of checked) {
    if (!isNew(item)) outcomes.push(refused(item));
    else if (alone) outcomes.push(await outcomeOfAsync(() => answerRefusedSave(error, actor, assignmentId, item)));
    else outcomes.push((await saveCarefully({ actor }, assignmentId, [item]))[0]!);
  }
  return outcomes;
}

function outcomeOf(run: () => CreateAnnotationResult): NewAnnotationOutcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, refusal: error };
    throw error;
  }
}

async function outcomeOfAsync(run: () => Promise<CreateAnnotationResult>): Promise<NewAnnotationOutcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, refusal: error };
    throw error;
  }
}

/** The draft the highlights go into (made on the first one), if it has room for them; else 409. */
async function draftWithRoom(tx: Tx, context: AnnotatingContext, adding: number): Promise<string> {
  if (!context.submission) {
    const made = await ensureDraftSubmission(tx, context.assignmentId, context.actor.id);
    await assertRoomForAnnotation(made.id, tx, adding);
    return made.id;
  }
  if (context.submission.status !== "DRAFT") throw new WorkSubmitted();
  assertRoomFor(context.submission.count, adding);
  return context.submission.id;
}
