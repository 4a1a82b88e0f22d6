import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** How long a session cookie lives without use (Auth.js renews it while it is used). */
export const SESSION_IDLE_SECONDS = 12 * 60 * 60;

/** No session lasts longer than this, however often its cookie is renewed. */
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Records a new signed-in browser and returns the id its cookie carries. The cookie alone
 * no longer signs anyone in: the row must still be there (see current-actor.ts).
 */
export async function startSession(userId: string): Promise<string> {
  const db = getDb();
  // Sessions past their age are dead weight: drop this user's on the way in.
  await db.userSession.deleteMany({ where: { userId, createdAt: { lt: oldestLiveSession() } } });
  return (await db.userSession.create({ data: { userId }, select: { id: true } })).id;
}

/** Signing out: this browser's session ends, the user's others go on. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await getDb().userSession.deleteMany({ where: { id: sessionId, userId } });
}

/** After a password change or reset: every session of the user ends. */
export async function endSessionsOf(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.userSession.deleteMany({ where: { userId } });
}

export const oldestLiveSession = (): Date => new Date(Date.now() - SESSION_MAX_AGE_MS);
