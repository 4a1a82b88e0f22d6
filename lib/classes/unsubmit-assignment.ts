import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { findAssignmentForActor } from "./find-assignment-for-actor";
import { describeOwnSubmission } from "./get-own-submission";
import type { SubmissionDto } from "./submission-schemas";

/** A student takes their submission back to change it: before the due date, unless locked or returned. */
export async function unsubmitAssignment(actor: Actor, assignmentId: string): Promise<SubmissionDto> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:annotate", assignment.access, annotateRefusal(assignment.access, "take back"));
  const current = await describeOwnSubmission(actor, assignment);
  if (current.status === "DRAFT") return current;
  if (!current.canUnsubmit) {
    const why = current.returnedAt
      ? "your teacher has already returned it"
      : current.locked
        ? "your teacher has locked it"
        : "the due date has passed";
    throw new Conflict(`This work can no longer be taken back: ${why}.`);
  }
  await getDb().submission.updateMany({
    where: { assignmentId, userId: actor.id, status: "SUBMITTED", returnedAt: null, locked: false },
    data: { status: "DRAFT", submittedAt: null },
  });
  return describeOwnSubmission(actor, assignment);
}
