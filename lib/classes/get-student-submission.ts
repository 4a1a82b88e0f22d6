import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { describeSubmission } from "./describe-submission";
import { findSubmissionWithAnnotations } from "./find-submission-with-annotations";
import { findAssignmentStudentForReview } from "./find-assignment-student-for-review";
import type { SubmissionDto } from "./submission-schemas";

/** The teacher's view of one student's submission, feedback included before it is returned. */
export async function getStudentSubmission(actor: Actor, assignmentId: string, studentId: string): Promise<SubmissionDto & { student: { id: string; name: string } }> {
  const { assignment, student } = await findAssignmentStudentForReview(actor, assignmentId, studentId);
  const submission = await findSubmissionWithAnnotations(assignmentId, studentId);
  const described = describeSubmission(submission, {
    tags: assignment.tags,
    dueAt: assignment.dueAt,
    revealPolicy: assignment.revealPolicy,
    revealedAt: assignment.revealedAt,
    scoreOutOf: assignment.scoreOutOf,
    showFeedback: true,
  });
  return { ...described, student };
}
