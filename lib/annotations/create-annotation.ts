import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { Annotation } from "@/lib/db/generated/client";
import { inTransaction, type Tx } from "@/lib/db/transaction";
import { Conflict, DomainError, ValidationFailed, WorkSubmitted } from "@/lib/errors";
import { lockAnnotatingFacts, loadAnnotatingContext, type AnnotatingContext, type AnnotatingFacts } from "./annotating-context";
import { describeQuote } from "./anchoring/quote-selector";
import { assertArticleVersion } from "./assert-article-version";
import { checkTextRange } from "./anchoring/text-range";
import { assertKnownTag } from "./assert-known-tag";
import { assertRoomFor, assertRoomForAnnotation } from "./assert-room-for-annotation";
import { ensureDraftSubmission } from "./ensure-draft-submission";
import type { AnnotationDto, CreateAnnotationInput } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

export interface CreateAnnotationResult {
  annotation: AnnotationDto;
  /** False when this id was already saved: a retried request, answered with the stored record. */
  created: boolean;
}

type NewAnnotation = CreateAnnotationInput & { id: string; note: string | null };

/**
 * Saves a highlight on the assignment's article. The id comes from the client so a
 * retried save returns the first one's record instead of making a second.
 */
export async function createAnnotation(actor: Actor, assignmentId: string, input: CreateAnnotationInput): Promise<CreateAnnotationResult> {
  const context = await loadAnnotatingContext(actor, assignmentId);
  const annotation = checkNewAnnotation(context, input);
  try {
    const [result] = await insertAnnotations(actor, context, [annotation]);
    return result!;
  } catch (error) {
    return answerRefusedSave(error, actor, assignmentId, annotation);
  }
}

/** A highlight as it will be stored, or a 422 naming what is wrong with it. */
export function checkNewAnnotation(context: AnnotatingContext, input: CreateAnnotationInput): NewAnnotation {
  assertKnownTag(context.tags, input.tag);
  const problem = checkTextRange(context.text, input);
  if (problem) throw new ValidationFailed(`Invalid range: ${problem}.`, { field: "start/end" });
  return { ...input, id: input.id ?? randomUUID(), note: input.note ?? null };
}

/**
 * Saves checked highlights of one student in one transaction and one INSERT, answered in
 * their order. All or none: a refusal (the work handed in, no room left) throws, and the
 * caller may try them one by one to tell which of them were replays.
 */
export async function insertAnnotations(actor: Actor, context: AnnotatingContext, annotations: NewAnnotation[]): Promise<CreateAnnotationResult[]> {
  const { text, assignmentId } = context;
  return inTransaction(async (tx) => {
    // Held FOR SHARE until commit: a teacher removing this tag, or the student submitting,
    // takes these rows FOR UPDATE and so either waits for this save or is seen by it.
    const facts = await lockAnnotatingFacts(tx, actor, assignmentId);
    assertArticleVersion(facts, context.articleVersionId);
    for (const annotation of annotations) assertKnownTag(facts.tags, annotation.tag);
    const submissionId = await draftWithRoom(tx, facts, assignmentId, actor.id, annotations.length);
    const inserted = await tx.annotation.createManyAndReturn({
      data: annotations.map((a) => ({ id: a.id, submissionId, start: a.start, end: a.end, tag: a.tag, note: a.note, ...describeQuote(text, a.start, a.end) })),
      // The only unique key written here is the id: when two copies of one request race,
      // the loser waits for the winner's commit, writes nothing and answers like a retry.
      skipDuplicates: true,
    });
    const created = new Map(inserted.map((row) => [row.id, row]));
    const missing = annotations.filter((a) => !created.has(a.id)).map((a) => a.id);
    const existing = missing.length === 0 ? new Map() : new Map((await tx.annotation.findMany({ where: { id: { in: missing } }, include: { submission: true } })).map((row) => [row.id, row]));
    return annotations.map((annotation) => {
      const row = created.get(annotation.id);
      if (row) return { annotation: toAnnotationDto(row), created: true };
      const winner = existing.get(annotation.id)!;
      return answerRetry(winner, winner.submission, actor, assignmentId, annotation);
    });
  });
}

/** The draft the highlights go into (made on the first one), if it has room for them; else 409. */
async function draftWithRoom(tx: Tx, facts: AnnotatingFacts, assignmentId: string, userId: string, adding: number): Promise<string> {
  if (!facts.submission) {
    const made = await ensureDraftSubmission(tx, assignmentId, userId);
    await assertRoomForAnnotation(made.id, tx, adding);
    return made.id;
  }
  if (facts.submission.status !== "DRAFT") throw new WorkSubmitted();
  assertRoomFor(facts.submission.count, adding);
  return facts.submission.id;
}

/**
 * A save that was refused, unless it is a replay of one that landed: that answers as saved,
 * whatever refuses new highlights since (the work handed in, the submission full). Looked up
 * only then: most saves are new.
 */
export async function answerRefusedSave(error: unknown, actor: Actor, assignmentId: string, annotation: NewAnnotation): Promise<CreateAnnotationResult> {
  if (!(error instanceof DomainError)) throw error;
  const existing = await getDb().annotation.findUnique({ where: { id: annotation.id }, include: { submission: true } });
  if (existing) return answerRetry(existing, existing.submission, actor, assignmentId, annotation);
  throw error;
}

function answerRetry(
  existing: Annotation,
  submission: { userId: string; assignmentId: string },
  actor: Actor,
  assignmentId: string,
  input: NewAnnotation,
): CreateAnnotationResult {
  const sameRequest =
    existing.deletedAt === null &&
    submission.userId === actor.id &&
    submission.assignmentId === assignmentId &&
    existing.start === input.start &&
    existing.end === input.end &&
    existing.tag === input.tag &&
    existing.note === input.note;
  // One answer for every id this caller cannot use (their own on other content or another
  // assignment, a classmate's, another class's), saying nothing of whose it is or where.
  // Client-made ids share one key space, so "taken" itself cannot be hidden; ids are random
  // UUIDs, so only someone already holding one can ask, and learns nothing more.
  if (!sameRequest) throw new Conflict("This id cannot be used for a new highlight. Make a new id.");
  return { annotation: toAnnotationDto(existing), created: false };
}
