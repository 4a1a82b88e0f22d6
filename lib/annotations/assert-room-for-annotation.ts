import "server-only";
import { getDb } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { MAX_ANNOTATIONS_PER_SUBMISSION } from "@/lib/limits";

type Db = Pick<ReturnType<typeof getDb>, "annotation">;

/**
 * Refuses a new highlight on a submission that already has the most it may hold. A 409,
 * not a 422: the highlight itself is fine, the submission is full, and the reader shows
 * the message rather than retrying. Pass the transaction's client to count inside it, and
 * how many are being added at once.
 */
export async function assertRoomForAnnotation(submissionId: string, db: Db = getDb(), adding = 1): Promise<void> {
  // Highlights the student deleted after feedback are kept for the teacher, but no longer the student's.
  assertRoomFor(await db.annotation.count({ where: { submissionId, deletedAt: null } }), adding);
}

/** The same rule, for a count already read (with the submission's facts, in one statement). */
export function assertRoomFor(count: number, adding: number): void {
  if (count + adding > MAX_ANNOTATIONS_PER_SUBMISSION) {
    const most = MAX_ANNOTATIONS_PER_SUBMISSION.toLocaleString("en-US");
    throw new Conflict(`This work already has ${most} highlights, the most it may have. Delete some before adding more.`);
  }
}
