import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize, unsubmitRefusal } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { unsubmitFactsOf } from "./describe-submission";
import { findAssignmentForActor } from "./find-assignment-for-actor";
import { describeOwnSubmission } from "./get-own-submission";
import type { SubmissionDto } from "./submission-schemas";

const refused = (why: string) => new Conflict(`This work can no longer be taken back: ${why}.`);

/**
 * A student takes their submission back to change it: before the due date, unless it is
 * locked or returned or (AFTER_SUBMIT) they have seen classmates' highlights.
 */
export async function unsubmitAssignment(actor: Actor, assignmentId: string): Promise<SubmissionDto> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:annotate", assignment.access, annotateRefusal(assignment.access, "take back"));
  authorize(actor, "assignment:submit", assignment.access, "Only students hand work in or take it back; your highlights are your answer key.");
  const current = await describeOwnSubmission(actor, assignment);
  if (current.status === "DRAFT") return current;
  const why = unsubmitRefusal(unsubmitFactsOf(current, assignment.dueAt));
  if (why) throw refused(why);
  // One conditional update: a return, a lock or a look at classmates' work that commits
  // first leaves nothing for it to change, and the answer says which one it was.
  const { count } = await getDb().submission.updateMany({
    where: { assignmentId, userId: actor.id, status: "SUBMITTED", returnedAt: null, locked: false, classmatesSeenAt: null },
    data: { status: "DRAFT", submittedAt: null },
  });
  const after = await describeOwnSubmission(actor, assignment);
  if (count === 0 && after.status === "SUBMITTED") throw refused(unsubmitRefusal(unsubmitFactsOf(after, assignment.dueAt)) ?? "it changed meanwhile");
  return after;
}
