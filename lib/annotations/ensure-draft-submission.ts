import "server-only";
import { lockSubmission, type LockedSubmission, type LockMode } from "@/lib/db/row-locks";
import type { Tx } from "@/lib/db/transaction";
import { WorkSubmitted } from "@/lib/errors";

/**
 * The student's submission for the assignment, made on their first highlight, and locked
 * FOR SHARE until `tx` ends so that submitting (FOR UPDATE) waits for this save to land.
 * A missing row is made with INSERT ... ON CONFLICT DO NOTHING (createMany with
 * skipDuplicates), which is atomic, so several first highlights saved at the same moment
 * all find the one row; an upsert would let all but one fail on the unique key. Work
 * already handed in is not changed. An import, which replaces the whole set, locks it FOR
 * UPDATE instead, so that single saves and other imports of the same work wait for it.
 */
export async function ensureDraftSubmission(tx: Tx, assignmentId: string, userId: string, mode: LockMode = "share"): Promise<LockedSubmission> {
  const key = { assignmentId, userId };
  let submission = await lockSubmission(tx, key, mode);
  if (!submission) {
    await tx.submission.createMany({ data: [key], skipDuplicates: true });
    submission = await lockSubmission(tx, key, mode);
  }
  if (!submission || submission.status !== "DRAFT") throw new WorkSubmitted();
  return submission;
}
