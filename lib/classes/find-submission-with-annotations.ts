import "server-only";
import { COUNTED } from "@/lib/annotations/annotation-filters";
import { getDb } from "@/lib/db/client";
import type { Tx } from "@/lib/db/transaction";

/**
 * A user's submission on an assignment with the annotation facts describeSubmission needs.
 * Highlights the student deleted (kept only for the teacher's review) and orphaned ones (not
 * placed in the article's new version) are not part of it.
 */
export function findSubmissionWithAnnotations(assignmentId: string, userId: string, db: Tx = getDb()) {
  return db.submission.findUnique({
    where: { assignmentId_userId: { assignmentId, userId } },
    include: { annotations: { where: COUNTED, select: { id: true, tag: true, note: true, exact: true }, orderBy: { start: "asc" } } },
  });
}
