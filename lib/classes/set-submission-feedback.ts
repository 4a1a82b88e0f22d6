import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { lockAssignment, lockSubmission } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { Conflict, EditConflict, NotFound, ValidationFailed } from "@/lib/errors";
import { findAssignmentStudentForReview } from "./find-assignment-student-for-review";
import { getStudentSubmission } from "./get-student-submission";
import type { SubmissionFeedbackInput } from "./submission-schemas";

/**
 * The teacher's overall comment and score on a student's work, and returning it:
 * once returned the student sees every verdict and comment, and can no longer take it back.
 */
export async function setSubmissionFeedback(actor: Actor, assignmentId: string, studentId: string, input: SubmissionFeedbackInput) {
  await findAssignmentStudentForReview(actor, assignmentId, studentId);
  await inTransaction(async (tx) => {
    // Shared, so the scale cannot shrink below this score before it commits.
    const assignment = await lockAssignment(tx, assignmentId, "share");
    if (!assignment) throw new NotFound("The assignment");
    if (typeof input.score === "number" && assignment.scoreOutOf !== null && input.score > assignment.scoreOutOf) {
      throw new ValidationFailed(`The score must be at most ${assignment.scoreOutOf}: this assignment is scored out of ${assignment.scoreOutOf}.`, { field: "score" });
    }
    // Locked, so the student cannot take the work back between this check and the write.
    const submission = await lockSubmission(tx, { assignmentId, userId: studentId }, "update");
    if (!submission) throw new Conflict("This student has not started the assignment, so there is nothing to give feedback on yet.");
    if (input.returned && submission.status !== "SUBMITTED") {
      throw new Conflict("This work has not been submitted yet, so it cannot be returned.");
    }
    if (input.expectedComment !== undefined && input.expectedComment !== submission.feedbackComment) {
      throw new EditConflict("The overall comment was changed elsewhere since you opened it; nothing was saved.", { comment: submission.feedbackComment });
    }
    await tx.submission.update({
      where: { id: submission.id },
      data: {
        ...(input.comment !== undefined && { feedbackComment: input.comment }),
        ...(input.score !== undefined && { score: input.score }),
        ...(input.locked !== undefined && { locked: input.locked }),
        ...(input.returned !== undefined && { returnedAt: input.returned ? (submission.returnedAt ?? new Date()) : null }),
      },
    });
  });
  return getStudentSubmission(actor, assignmentId, studentId);
}
