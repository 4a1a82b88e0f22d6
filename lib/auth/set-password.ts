import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { endSessionsOf } from "./session-records";

/**
 * The one way an account gets a password its owner chose (a change, or an emailed link):
 * a teacher's forced reset is cleared, unused reset links stop working, and every session
 * of the account ends.
 */
export async function setPassword(tx: Prisma.TransactionClient, userId: string, passwordHash: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false, tempPasswordUntil: null } });
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await endSessionsOf(tx, userId);
}
