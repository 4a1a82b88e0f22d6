import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/transaction";
import { describeSubmission } from "./describe-submission";
import { findAssignmentForActor, type AssignmentForActor } from "./find-assignment-for-actor";
import { findSubmissionWithAnnotations } from "./find-submission-with-annotations";
import type { SubmissionDto } from "./submission-schemas";

/** `db`: a transaction that holds the submission's lock, so what is described is what it decides on. */
export async function describeOwnSubmission(actor: Actor, assignment: AssignmentForActor, db?: Tx): Promise<SubmissionDto> {
  const submission = await findSubmissionWithAnnotations(assignment.id, actor.id, db);
  return describeSubmission(submission, {
    tags: assignment.tags,
    dueAt: assignment.dueAt,
    revealPolicy: assignment.revealPolicy,
    revealedAt: assignment.revealedAt,
    scoreOutOf: assignment.scoreOutOf,
    showFeedback: false,
  });
}

/** The actor's own submission on an assignment: status, counts per tag, what blocks submitting, feedback once returned. */
export async function getOwnSubmission(actor: Actor, assignmentId: string): Promise<SubmissionDto> {
  return describeOwnSubmission(actor, await findAssignmentForActor(actor, assignmentId));
}
