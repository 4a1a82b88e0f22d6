import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { findAssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { getDb } from "@/lib/db/client";
import type { Annotation } from "@/lib/db/generated/client";
import { lockAssignment } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { Conflict, NotFound, ValidationFailed } from "@/lib/errors";
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

/**
 * Saves a highlight on the assignment's article. The id comes from the client so a
 * retried save returns the first one's record instead of making a second.
 */
export async function createAnnotation(
  actor: Actor,
  assignmentId: string,
  input: CreateAnnotationInput,
): Promise<CreateAnnotationResult> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(
    actor,
    "assignment:annotate",
    assignment.access,
    assignment.access.archived ? annotateRefusal(assignment.access, "annotate") : "Only members of this class can annotate it.",
  );
  assertKnownTag(assignment.tags, input.tag);
  const { text } = assignment.article;
  const problem = checkTextRange(text, input);
  if (problem) throw new ValidationFailed(`Invalid range: ${problem}.`, { field: "start/end" });

  const id = input.id ?? randomUUID();
  const existing = await getDb().annotation.findUnique({ where: { id }, include: { submission: true } });
  if (existing) return answerRetry(existing, existing.submission, actor, assignmentId, input);

  const note = input.note ?? null;
  return inTransaction(async (tx) => {
    // Held FOR SHARE until commit: a teacher removing this tag, or the student submitting,
    // takes these rows FOR UPDATE and so either waits for this save or is seen by it.
    const locked = await lockAssignment(tx, assignmentId, "share");
    if (!locked) throw new NotFound("The assignment");
    assertArticleVersion(locked, assignment.article.versionId);
    assertKnownTag(parseTagSet(locked.tags), input.tag);
    const submission = await ensureDraftSubmission(tx, assignmentId, actor.id);
    await assertRoomForAnnotation(submission.id, tx);
    const [annotation] = await tx.annotation.createManyAndReturn({
      data: [{ id, submissionId: submission.id, start: input.start, end: input.end, tag: input.tag, note, ...describeQuote(text, input.start, input.end) }],
      // The only unique key written here is the id: when two copies of one request race,
      // the loser waits for the winner's commit, writes nothing and answers like a retry.
      skipDuplicates: true,
    });
    if (annotation) return { annotation: toAnnotationDto(annotation), created: true };
    const winner = await tx.annotation.findUniqueOrThrow({ where: { id }, include: { submission: true } });
    return answerRetry(winner, winner.submission, actor, assignmentId, input);
  });
}

function answerRetry(
  existing: Annotation,
  submission: { userId: string; assignmentId: string },
  actor: Actor,
  assignmentId: string,
  input: CreateAnnotationInput,
): CreateAnnotationResult {
  const sameRequest =
    existing.deletedAt === null &&
    submission.userId === actor.id &&
    submission.assignmentId === assignmentId &&
    existing.start === input.start &&
    existing.end === input.end &&
    existing.tag === input.tag &&
    existing.note === (input.note ?? null);
  // One answer for every id this caller cannot use (their own on other content or another
  // assignment, a classmate's, another class's), saying nothing of whose it is or where.
  // Client-made ids share one key space, so "taken" itself cannot be hidden; ids are random
  // UUIDs, so only someone already holding one can ask, and learns nothing more.
  if (!sameRequest) throw new Conflict("This id cannot be used for a new highlight. Make a new id.");
  return { annotation: toAnnotationDto(existing), created: false };
}
