import "server-only";
import { findAnnotationForActor } from "@/lib/annotations/find-annotation-for-actor";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { AnnotationFeedbackInput } from "./submission-schemas";

export interface AnnotationFeedbackDto {
  verdict: "AGREE" | "PARTLY" | "DISAGREE";
  comment: string | null;
  updatedAt: string;
}

/** The class's teacher gives a verdict (and a comment) on one student annotation; a second call replaces it. */
export async function setAnnotationFeedback(actor: Actor, annotationId: string, input: AnnotationFeedbackInput): Promise<AnnotationFeedbackDto> {
  const { access } = await findAnnotationForActor(actor, annotationId);
  authorize(actor, "assignment:review", access.assignment, "Only the class's teacher can give feedback.");
  const data = { verdict: input.verdict, comment: input.comment ?? null, authorId: actor.id };
  const feedback = await getDb().annotationFeedback.upsert({
    where: { annotationId },
    create: { annotationId, ...data },
    update: data,
  });
  return { verdict: feedback.verdict, comment: feedback.comment, updatedAt: feedback.updatedAt.toISOString() };
}
