import "server-only";
import { getDb } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";

/**
 * The student's submission for the assignment, made on their first highlight.
 * INSERT ... ON CONFLICT DO NOTHING (createMany with skipDuplicates) is atomic, so
 * several first highlights saved at the same moment all find the one row; an upsert
 * would let all but one fail on the unique key. Work already handed in is not changed.
 */
export async function ensureDraftSubmission(assignmentId: string, userId: string) {
  const db = getDb();
  await db.submission.createMany({ data: [{ assignmentId, userId }], skipDuplicates: true });
  const submission = await db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId, userId } } });
  if (submission.status !== "DRAFT") throw new Conflict("This work has been submitted, so it can no longer be changed.");
  return submission;
}
