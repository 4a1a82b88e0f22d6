import "server-only";
import { getDb } from "@/lib/db/client";
import { ValidationFailed } from "@/lib/errors";
import type { Actor } from "./actor";
import type { ChangePasswordInput } from "./account-schemas";
import { hashPassword, verifyPassword } from "./password";

/** Replaces the actor's password after checking the current one; clears a teacher's forced reset. */
export async function changePassword(actor: Actor, input: ChangePasswordInput): Promise<void> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationFailed("Your current password is not right.", { field: "currentPassword" });
  }
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false },
  });
}
