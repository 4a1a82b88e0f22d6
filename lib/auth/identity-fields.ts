import { z } from "zod";
import { requiredPlainText } from "@/lib/text/plain-text";

/** Usernames never contain "@", so an identifier with one is an email address. */
export const USERNAME_RULE = "3 to 32 characters: letters, digits, dots, dashes or underscores";

export const Email = z.string().trim().toLowerCase().max(320).email("must be an email address");
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, `must be ${USERNAME_RULE}`);
export const Password = z.string().min(8, "must be at least 8 characters").max(200, "must be at most 200 characters");
export const PersonName = requiredPlainText(100).refine((name) => !/[<>]/.test(name), "must not contain < or >");

/** The unique column an identifier (email or username) is looked up by. */
export function whereIdentifier(identifier: string): { email: string } | { username: string } {
  const normalised = identifier.trim().toLowerCase();
  return normalised.includes("@") ? { email: normalised } : { username: normalised };
}
