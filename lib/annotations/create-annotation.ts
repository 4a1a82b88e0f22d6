import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { findAssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { getDb } from "@/lib/db/client";
import type { Annotation } from "@/lib/db/generated/client";
import { Conflict, ValidationFailed } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { describeQuote } from "./anchoring/quote-selector";
import { checkTextRange } from "./anchoring/text-range";
import { assertKnownTag } from "./assert-known-tag";
import { assertRoomForAnnotation } from "./assert-room-for-annotation";
import { ensureDraftSubmission } from "./ensure-draft-submission";
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
  const db = getDb();
  const existing = await db.annotation.findUnique({ where: { id }, include: { submission: true } });
  if (existing) return answerRetry(existing, existing.submission, actor, assignmentId, input);

  const note = input.note ?? null;
  const submission = await ensureDraftSubmission(assignmentId, actor.id);
  await assertRoomForAnnotation(submission.id);
  try {
    const annotation = await db.annotation.create({
      data: { id, submissionId: submission.id, start: input.start, end: input.end, tag: input.tag, note, ...describeQuote(text, input.start, input.end) },
    });
    return { annotation: toAnnotationDto(annotation), created: true };
  } catch (error) {
    // The only unique key written here is the id: two copies of one request raced,
    // and the loser answers like a retry.
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.annotation.findUniqueOrThrow({ where: { id }, include: { submission: true } });
    return answerRetry(winner, winner.submission, actor, assignmentId, input);
  }
}

function answerRetry(
  existing: Annotation,
  submission: { userId: string; assignmentId: string },
  actor: Actor,
  assignmentId: string,
  input: CreateAnnotationInput,
): CreateAnnotationResult {
  const sameRequest =
    submission.userId === actor.id &&
    submission.assignmentId === assignmentId &&
    existing.start === input.start &&
    existing.end === input.end &&
    existing.tag === input.tag &&
    existing.note === (input.note ?? null);
  if (!sameRequest) throw new Conflict("An annotation with this id already exists. Make a new id for a new annotation.");
  return { annotation: toAnnotationDto(existing), created: false };
}
