import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { Conflict } from "@/lib/errors";

/**
 * The student's submission for the assignment, made on their first highlight.
 * Work already handed in is not changed behind the teacher's back.
 */
export async function ensureDraftSubmission(tx: Prisma.TransactionClient, assignmentId: string, userId: string) {
  const submission = await tx.submission.upsert({
    where: { assignmentId_userId: { assignmentId, userId } },
    create: { assignmentId, userId },
    update: {},
  });
  if (submission.status !== "DRAFT") throw new Conflict("This work has been submitted, so it can no longer be changed.");
  return submission;
}
