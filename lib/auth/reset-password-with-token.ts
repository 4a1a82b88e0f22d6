import "server-only";
import { getDb } from "@/lib/db/client";
import { BadRequest } from "@/lib/errors";
import type { PasswordResetInput } from "./account-schemas";
import { hashPassword } from "./password";
import { assertAcceptablePassword } from "./password-rule";
import { hashResetToken } from "./reset-token";
import { setPassword } from "./set-password";

export const RESET_LINK_REFUSED = "This link to reset your password has expired or was already used. Ask for a new one on the sign-in page.";

const refused = () => new BadRequest(RESET_LINK_REFUSED, "reset_link_invalid");

/**
 * Sets the password of the account an emailed link was for. The link works once, within
 * the hour, and using it ends the account's other links and every session it had.
 */
export async function resetPasswordWithToken(input: PasswordResetInput): Promise<void> {
  const db = getDb();
  const found = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(input.token) },
    include: { user: { select: { id: true, email: true, username: true, name: true } } },
  });
  if (!found || found.usedAt || found.expiresAt <= new Date()) throw refused();
  assertAcceptablePassword(input.newPassword, found.user, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Claimed by one request only: a second, at the same moment, finds it used.
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: found.id, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } });
    if (claimed.count === 0) throw refused();
    await setPassword(tx, found.userId, passwordHash);
  });
}
