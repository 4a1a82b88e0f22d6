import "server-only";
import { getDb } from "@/lib/db/client";

/**
 * Records, before classmates' work is shown, that this student has seen it: from then on
 * they cannot take their submission back. One conditional update, so an unsubmit racing it
 * either lands first (and this answers false: show nothing) or finds the fact recorded.
 */
export async function recordClassmatesSeen(submissionId: string): Promise<boolean> {
  const db = getDb();
  const { count } = await db.submission.updateMany({
    where: { id: submissionId, status: "SUBMITTED", classmatesSeenAt: null },
    data: { classmatesSeenAt: new Date() },
  });
  if (count === 1) return true;
  // Nothing changed: another look recorded it first (fine), or the work is no longer handed in.
  const now = await db.submission.findUnique({ where: { id: submissionId }, select: { status: true, classmatesSeenAt: true } });
  return now?.status === "SUBMITTED" && now.classmatesSeenAt !== null;
}
