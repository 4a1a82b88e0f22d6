import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeVisible, can, type AnnotationAccess } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";
import { parseTagSet } from "./tag-schemas";

/** Loads an annotation the actor may see, with what the policy needs; NotFound otherwise. */
export async function findAnnotationForActor(actor: Actor, annotationId: string) {
  if (!isUuid(annotationId)) throw new NotFound("The annotation");
  const annotation = await getDb().annotation.findUnique({
    where: { id: annotationId },
    include: {
      submission: {
        include: {
          assignment: {
            select: {
              id: true,
              classId: true,
              tags: true,
              class: { select: { archivedAt: true, enrollments: { where: { userId: actor.id }, select: { role: true } } } },
            },
          },
        },
      },
    },
  });
  if (!annotation) throw new NotFound("The annotation");
  const { submission } = annotation;
  const access: AnnotationAccess = {
    authorId: submission.userId,
    assignment: {
      classId: submission.assignment.classId,
      membership: submission.assignment.class.enrollments[0]?.role ?? null,
      archived: submission.assignment.class.archivedAt !== null,
    },
  };
  authorizeVisible(actor, "annotation:view", access, "The annotation");
  // A highlight the student deleted is kept for the teacher's review alone.
  if (annotation.deletedAt && !can(actor, "assignment:review", access.assignment)) throw new NotFound("The annotation");
  return { annotation, submission, access, tags: parseTagSet(submission.assignment.tags) };
}
