import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { lockSubmission } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { Conflict } from "@/lib/errors";
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
    // Locked, so the student cannot take the work back between this check and the write.
    const submission = await lockSubmission(tx, { assignmentId, userId: studentId }, "update");
    if (!submission) throw new Conflict("This student has not started the assignment, so there is nothing to give feedback on yet.");
    if (input.returned && submission.status !== "SUBMITTED") {
      throw new Conflict("This work has not been submitted yet, so it cannot be returned.");
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
