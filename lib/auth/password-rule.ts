import { dictionary } from "@zxcvbn-ts/language-common";
import { ValidationFailed } from "@/lib/errors";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

// Words anyone near Slant would try first: its name, the demo password, the classroom.
const APP_WORDS = ["slant-demo", "slantdemo", "slant-password", "slantpassword", "slant12345", "classroom1", "student123", "teacher123"];

let common: Set<string> | undefined;

/** zxcvbn's list of the ~49,000 most common passwords (from leaks), plus Slant's own obvious ones; built on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set([...dictionary["passwords-common"], ...APP_WORDS]);
  return common;
}

/** Lower case, and without the spaces, dots and dashes people put between the parts of a common password. */
const squeeze = (text: string) => text.toLowerCase().replace(/[\s._-]+/g, "");

/** Who the password belongs to: it must not be made of these. */
export interface PasswordOwner {
  email?: string | null;
  username?: string | null;
  name?: string | null;
}

/**
 * Why this password is refused, in words for the person choosing it; null when it is fine.
 * Length counts characters (code points), not bytes; white space is kept as typed.
 */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  const length = [...password].length;
  if (length > 0 && password.trim() === "") return "A password cannot be only spaces. Choose one with letters, digits or symbols.";
  if (length < PASSWORD_MIN_LENGTH) return `Choose a longer password: at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Choose a shorter password: at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  const squeezed = squeeze(password);
  const list = commonPasswords();
  if (list.has(lower) || list.has(squeezed) || /^(.)\1*$/u.test(password)) {
    return "This password is one of the most common ones, so it is easy to guess. Choose another.";
  }
  const identifiers = [owner.email, owner.username].filter((value): value is string => Boolean(value && value.length >= 3));
  const names = [owner.name, owner.email?.split("@")[0]].filter((value): value is string => Boolean(value));
  if (identifiers.some((id) => lower.includes(id.toLowerCase())) || names.some((name) => squeeze(name) === squeezed)) {
    return "Choose a password that does not contain your email address, username or name.";
  }
  return null;
}

/** Throws ValidationFailed naming `field` unless the password follows the rule. Every path that sets a password calls this. */
export function assertAcceptablePassword(password: string, owner: PasswordOwner, field = "password"): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw new ValidationFailed(problem, { field });
}
