import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { ValidationFailed } from "@/lib/errors";
import { findAssignmentForActor } from "./find-assignment-for-actor";
import { findSubmissionWithAnnotations } from "./find-submission-with-annotations";
import { describeOwnSubmission } from "./get-own-submission";
import type { SubmissionDto } from "./submission-schemas";

/**
 * A student hands in their highlights. Refused while a tag that needs a note has a
 * highlight without one, or when there is nothing to hand in. Submitting twice is harmless.
 */
export async function submitAssignment(actor: Actor, assignmentId: string): Promise<SubmissionDto> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:annotate", assignment.access, annotateRefusal(assignment.access, "submit"));
  if (assignment.access.membership !== "STUDENT") throw new ValidationFailed("Only students submit work; your highlights are your answer key.");
  const current = await describeOwnSubmission(actor, assignment);
  if (current.status === "SUBMITTED") return current;
  const total = Object.values(current.counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) throw new ValidationFailed("Highlight at least one passage before you submit.");
  if (current.missingNotes.length > 0) {
    const labels = [...new Set(current.missingNotes.map((m) => assignment.tags.find((t) => t.id === m.tag)?.label ?? m.tag))];
    throw new ValidationFailed(
      `Add a note to every ${labels.join(" and ")} highlight before you submit (${current.missingNotes.length} still need one).`,
      { missingNotes: current.missingNotes },
    );
  }
  const submission = await findSubmissionWithAnnotations(assignmentId, actor.id);
  // Only a draft changes: a second click racing the first finds it submitted already.
  await getDb().submission.updateMany({
    where: { id: submission!.id, status: "DRAFT" },
    data: { status: "SUBMITTED", submittedAt: new Date() },
  });
  return describeOwnSubmission(actor, assignment);
}
