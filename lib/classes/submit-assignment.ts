import "server-only";
import { parseTagSet } from "@/lib/annotations/tag-schemas";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { lockAssignment, lockSubmission } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { NotFound, ValidationFailed } from "@/lib/errors";
import { findAssignmentForActor } from "./find-assignment-for-actor";
import { describeOwnSubmission } from "./get-own-submission";
import type { SubmissionDto } from "./submission-schemas";

/**
 * A student hands in their highlights. Refused while a tag that needs a note has a
 * highlight without one, or when there is nothing to hand in. Submitting twice is harmless.
 */
export async function submitAssignment(actor: Actor, assignmentId: string): Promise<SubmissionDto> {
  const found = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:annotate", found.access, annotateRefusal(found.access, "submit"));
  authorize(actor, "assignment:submit", found.access, "Only students submit work; your highlights are your answer key.");
  return inTransaction(async (tx) => {
    // The tag set as it is now, and the submission locked FOR UPDATE: saves, edits and
    // deletes hold it FOR SHARE, so every one in flight lands before the check below and
    // every later one finds the work handed in.
    const locked = await lockAssignment(tx, assignmentId, "share");
    if (!locked) throw new NotFound("The assignment");
    const assignment = { ...found, tags: parseTagSet(locked.tags) };
    const submission = await lockSubmission(tx, { assignmentId, userId: actor.id }, "update");
    const current = await describeOwnSubmission(actor, assignment, tx);
    if (current.status === "SUBMITTED") return current;
    const total = Object.values(current.counts).reduce((sum, n) => sum + n, 0);
    if (!submission || total === 0) throw new ValidationFailed("Highlight at least one passage before you submit.");
    if (current.missingNotes.length > 0) {
      const labels = [...new Set(current.missingNotes.map((m) => assignment.tags.find((t) => t.id === m.tag)?.label ?? m.tag))];
      throw new ValidationFailed(
        `Add a note to every ${labels.join(" and ")} highlight before you submit (${current.missingNotes.length} still need one).`,
        { missingNotes: current.missingNotes },
      );
    }
    await tx.submission.update({ where: { id: submission.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    return describeOwnSubmission(actor, assignment, tx);
  });
}
