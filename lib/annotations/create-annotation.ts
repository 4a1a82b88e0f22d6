import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { findAssignmentForActor, type AssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { getDb } from "@/lib/db/client";
import type { Annotation } from "@/lib/db/generated/client";
import { lockAssignment } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { Conflict, DomainError, NotFound, ValidationFailed } from "@/lib/errors";
import { describeQuote } from "./anchoring/quote-selector";
import { assertArticleVersion } from "./assert-article-version";
import { checkTextRange } from "./anchoring/text-range";
import { assertKnownTag } from "./assert-known-tag";
import { assertRoomForAnnotation } from "./assert-room-for-annotation";
import { ensureDraftSubmission } from "./ensure-draft-submission";
import { parseTagSet } from "./tag-schemas";
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
  const assignment = await findAnnotatableAssignment(actor, assignmentId);
  const annotation = checkNewAnnotation(assignment, input);
  try {
    const [result] = await insertAnnotations(actor, assignment, [annotation]);
    return result!;
  } catch (error) {
    return answerRefusedSave(error, actor, assignmentId, annotation);
  }
}

/** The assignment, if the actor may add highlights to it at all (else 404 or 403). */
export async function findAnnotatableAssignment(actor: Actor, assignmentId: string): Promise<AssignmentForActor> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  const { access } = assignment;
  authorize(actor, "assignment:annotate", access, access.archived ? annotateRefusal(access, "annotate") : "Only members of this class can annotate it.");
  return assignment;
}

/** A highlight as it will be stored, or a 422 naming what is wrong with it. */
export function checkNewAnnotation(assignment: AssignmentForActor, input: CreateAnnotationInput): NewAnnotation {
  assertKnownTag(assignment.tags, input.tag);
  const problem = checkTextRange(assignment.article.text, input);
  if (problem) throw new ValidationFailed(`Invalid range: ${problem}.`, { field: "start/end" });
  return { ...input, id: input.id ?? randomUUID(), note: input.note ?? null };
}

/**
 * Saves checked highlights of one student in one transaction and one INSERT, answered in
 * their order. All or none: a refusal (the work handed in, no room left) throws, and the
 * caller may try them one by one to tell which of them were replays.
 */
export async function insertAnnotations(actor: Actor, assignment: AssignmentForActor, annotations: NewAnnotation[]): Promise<CreateAnnotationResult[]> {
  const { text } = assignment.article;
  return inTransaction(async (tx) => {
    // Held FOR SHARE until commit: a teacher removing this tag, or the student submitting,
    // takes these rows FOR UPDATE and so either waits for this save or is seen by it.
    const locked = await lockAssignment(tx, assignment.id, "share");
    if (!locked) throw new NotFound("The assignment");
    assertArticleVersion(locked, assignment.article.versionId);
    const tags = parseTagSet(locked.tags);
    for (const annotation of annotations) assertKnownTag(tags, annotation.tag);
    const submission = await ensureDraftSubmission(tx, assignment.id, actor.id);
    await assertRoomForAnnotation(submission.id, tx, annotations.length);
    const inserted = await tx.annotation.createManyAndReturn({
      data: annotations.map((a) => ({ id: a.id, submissionId: submission.id, start: a.start, end: a.end, tag: a.tag, note: a.note, ...describeQuote(text, a.start, a.end) })),
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
      return answerRetry(winner, winner.submission, actor, assignment.id, annotation);
    });
  });
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
