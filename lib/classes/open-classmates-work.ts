import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import type { AssignmentForActor } from "./find-assignment-for-actor";
import { recordClassmatesSeen } from "./record-classmates-seen";
import { classmatesRevealed, revealRule, seeingClassmatesIsFinal } from "./reveal";

/**
 * The one door to classmates' work for a student (their highlights, the class comparison):
 * refused until the assignment's reveal policy allows, and under AFTER_SUBMIT the first look
 * is recorded before anything is shown, which makes the student's submission final. An
 * unsubmit that got in first means nothing is shown.
 */
export async function openClassmatesWork(actor: Actor, assignment: AssignmentForActor): Promise<void> {
  const own = await getDb().submission.findUnique({
    where: { assignmentId_userId: { assignmentId: assignment.id, userId: actor.id } },
    select: { id: true, status: true, classmatesSeenAt: true },
  });
  const revealed = classmatesRevealed({
    policy: assignment.revealPolicy,
    dueAt: assignment.dueAt,
    revealedAt: assignment.revealedAt,
    submitted: own?.status === "SUBMITTED",
    now: new Date(),
  });
  const refusal = new Forbidden(`Classmates' highlights are not shared yet. ${revealRule(assignment.revealPolicy)}`);
  if (!revealed) throw refusal;
  if (own && seeingClassmatesIsFinal(assignment.revealPolicy) && own.classmatesSeenAt === null) {
    if (!(await recordClassmatesSeen(own.id))) throw refusal;
  }
}
