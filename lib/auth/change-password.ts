import "server-only";
import { getDb } from "@/lib/db/client";
import { ValidationFailed } from "@/lib/errors";
import type { Actor } from "./actor";
import type { ChangePasswordInput } from "./account-schemas";
import { hashPassword, verifyPassword } from "./password";
import { assertAcceptablePassword } from "./password-rule";
import { setPassword } from "./set-password";
import { isTemporaryPasswordExpired, TEMPORARY_PASSWORD_EXPIRED } from "./temporary-password";

/**
 * Replaces the actor's password after checking the current one; clears a teacher's forced
 * reset. Every session of the account ends, this browser's too (someone may hold a copy of
 * its cookie); the caller gives this browser the new session returned, with issueSessionCookie.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput): Promise<{ sessionId: string }> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  assertAcceptablePassword(input.newPassword, user, "newPassword");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationFailed("Your current password is not right.", { field: "currentPassword" });
  }
  if (isTemporaryPasswordExpired(user)) throw new ValidationFailed(TEMPORARY_PASSWORD_EXPIRED, { field: "currentPassword" });
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await setPassword(tx, actor.id, passwordHash);
    return { sessionId: (await tx.userSession.create({ data: { userId: actor.id }, select: { id: true } })).id };
  });
}
