import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { findAssignmentForActor } from "./find-assignment-for-actor";

/**
 * Whether the assignment has an answer key and whether it is the teacher's own highlights, which tags
 * students have used, and the class's join code (null once archived: it takes no one then).
 */
export async function getTeacherAssignmentFacts(
  actor: Actor,
  assignmentId: string,
): Promise<{ hasAnswerKey: boolean; ownHighlightsAreKey: boolean; usedTagIds: string[]; joinCode: string | null }> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:review", assignment.access);
  const db = getDb();
  const [own, used, joinable] = await Promise.all([
    db.submission.findUnique({ where: { assignmentId_userId: { assignmentId, userId: actor.id } }, select: { id: true } }),
    // Deleted-after-feedback highlights count, as in updateAssignment: the review still shows their tag.
    db.annotation.findMany({ where: { submission: { assignmentId } }, distinct: ["tag"], select: { tag: true } }),
    db.class.findUniqueOrThrow({ where: { id: assignment.access.classId }, select: { joinCode: true, archivedAt: true } }),
  ]);
  return {
    hasAnswerKey: assignment.answerKeySubmissionId !== null,
    ownHighlightsAreKey: own !== null && assignment.answerKeySubmissionId === own.id,
    usedTagIds: used.map((u) => u.tag),
    joinCode: joinable.archivedAt ? null : joinable.joinCode,
  };
}
