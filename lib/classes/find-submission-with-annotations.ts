import "server-only";
import { getDb } from "@/lib/db/client";

/** A user's submission on an assignment with the annotation facts describeSubmission needs. */
export function findSubmissionWithAnnotations(assignmentId: string, userId: string) {
  return getDb().submission.findUnique({
    where: { assignmentId_userId: { assignmentId, userId } },
    include: { annotations: { select: { id: true, tag: true, note: true, exact: true }, orderBy: { start: "asc" } } },
  });
}
