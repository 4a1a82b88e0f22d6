import "server-only";
import { findAnnotationForActor } from "@/lib/annotations/find-annotation-for-actor";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { lockAnnotation } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { Conflict, NotFound } from "@/lib/errors";
import type { AnnotationFeedbackInput } from "./submission-schemas";

export interface AnnotationFeedbackDto {
  verdict: "AGREE" | "PARTLY" | "DISAGREE";
  comment: string | null;
  updatedAt: string;
}

/**
 * The class's teacher gives a verdict (and a comment) on one student annotation; a second call
 * replaces it. It records the revision it judged, so a later edit shows as "edited after your feedback".
 */
export async function setAnnotationFeedback(actor: Actor, annotationId: string, input: AnnotationFeedbackInput): Promise<AnnotationFeedbackDto> {
  const { access } = await findAnnotationForActor(actor, annotationId);
  authorize(actor, "assignment:review", access.assignment, "Only the class's teacher can give feedback.");
  const feedback = await inTransaction(async (tx) => {
    // Locked against the student's edit or delete of the same highlight at this moment.
    const annotation = await lockAnnotation(tx, annotationId, "update");
    if (!annotation) throw new NotFound("The annotation");
    if (annotation.deletedAt) throw new Conflict("The student has deleted this highlight; your feedback on it is kept as it was.");
    const data = { verdict: input.verdict, comment: input.comment ?? null, authorId: actor.id, annotationRevision: annotation.revision };
    return tx.annotationFeedback.upsert({ where: { annotationId }, create: { annotationId, ...data }, update: data });
  });
  return { verdict: feedback.verdict, comment: feedback.comment, updatedAt: feedback.updatedAt.toISOString() };
}
