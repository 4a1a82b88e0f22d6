import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { Annotation } from "@/lib/db/generated/client";
import { Conflict, DomainError } from "@/lib/errors";
import type { NewAnnotation } from "./check-new-annotation";
import { toAnnotationDto } from "./to-annotation-dto";
import type { AnnotationDto } from "./schemas";

export interface CreateAnnotationResult {
  annotation: AnnotationDto;
  /** False when this id was already saved: a retried request, answered with the stored record. */
  created: boolean;
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

/** The stored highlight under a new highlight's id: the same request made again, or an id this caller cannot use (409). */
export function answerRetry(
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
