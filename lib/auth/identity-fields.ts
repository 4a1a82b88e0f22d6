import { z } from "zod";
import { requiredPlainText } from "@/lib/text/plain-text";
import { PASSWORD_MAX_LENGTH, PASSWORD_RULE } from "./password-limits";

/** Usernames never contain "@", so an identifier with one is an email address. */
export const USERNAME_RULE = "3 to 32 characters: letters, digits, dots, dashes or underscores";

export const Email = z.string().trim().toLowerCase().max(320).email("must be an email address");
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, `must be ${USERNAME_RULE}`);
/**
 * A new password's shape. What makes it good enough (length, not common, not the account's
 * own email or username) is lib/auth/password-rule.ts, which the services check: it needs
 * the account, and it answers in whole sentences.
 */
export const Password = z
  .string()
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .meta({ description: PASSWORD_RULE });
export const PersonName = requiredPlainText(100).refine((name) => !/[<>]/.test(name), "must not contain < or >");

/** The unique column an identifier (email or username) is looked up by. */
export function whereIdentifier(identifier: string): { email: string } | { username: string } {
  const normalised = identifier.trim().toLowerCase();
  return normalised.includes("@") ? { email: normalised } : { username: normalised };
}
