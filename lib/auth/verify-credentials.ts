import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { beginSignInAttempt, recordSuccessfulSignIn, type SignInAccount } from "@/lib/limits/sign-in-limits";
import type { Actor } from "./actor";
import { whereIdentifier } from "./identity-fields";
import { hashPassword, verifyPassword } from "./password";
import { isTemporaryPasswordExpired } from "./temporary-password";

// A NUL or other control character can match no account, and PostgreSQL cannot even look it up.
const NoControlCharacters = (value: string) => !/[\u0000-\u001F\u007F]/.test(value);

export const CredentialsInput = z.object({
  identifier: z.string().trim().min(1).max(320).refine(NoControlCharacters),
  password: z.string().min(1).max(1024),
});

/**
 * The right temporary password, but more than a day old: the sign-in page says to ask the
 * teacher again. Only someone who knows the password learns this.
 */
export class TemporaryPasswordExpired extends CredentialsSignin {
  override code = "temporary_password_expired";
}

// Checked against when no user has the identifier, so both paths take as long.
let decoyHash: Promise<string> | undefined;

/**
 * The user whose email or username and password these are, or null. Attempts are limited
 * per account and per client `address`: past a limit it throws TooManyRequests before
 * any password is checked.
 */
export async function verifyCredentials(raw: unknown, address: string): Promise<Actor | null> {
  const parsed = CredentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const { identifier, password } = parsed.data;
  const where = whereIdentifier(identifier);
  const user = await getDb().user.findUnique({ where });
  const account: SignInAccount = user ? { userId: user.id } : { unknown: where };
  await beginSignInAttempt(account, address);
  if (!user) {
    decoyHash ??= hashPassword("decoy password for unknown users");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  if (isTemporaryPasswordExpired(user)) throw new TemporaryPasswordExpired();
  await recordSuccessfulSignIn(account, address);
  return { id: user.id, role: user.role, name: user.name, mustChangePassword: user.mustChangePassword };
}
