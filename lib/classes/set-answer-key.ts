import "server-only";
import { COUNTED } from "@/lib/annotations/annotation-filters";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { ValidationFailed } from "@/lib/errors";
import { authorizeAssignmentChange } from "./authorize-assignment-change";
import { findAssignmentForActor } from "./find-assignment-for-actor";

/** The teacher marks their own highlights on the assignment as its answer key (or unmarks them). */
export async function setAnswerKey(actor: Actor, assignmentId: string, enabled: boolean): Promise<{ answerKey: boolean; annotationCount: number }> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorizeAssignmentChange(actor, assignment.access, "Only the class's teacher can set the answer key.");
  const db = getDb();
  if (!enabled) {
    await db.assignment.update({ where: { id: assignmentId }, data: { answerKeySubmissionId: null } });
    return { answerKey: false, annotationCount: 0 };
  }
  const own = await db.submission.findUnique({
    where: { assignmentId_userId: { assignmentId, userId: actor.id } },
    include: { _count: { select: { annotations: { where: COUNTED } } } },
  });
  if (!own || own._count.annotations === 0) {
    throw new ValidationFailed("Highlight the article yourself first: your highlights become the key.");
  }
  await db.assignment.update({ where: { id: assignmentId }, data: { answerKeySubmissionId: own.id } });
  return { answerKey: true, annotationCount: own._count.annotations };
}
