import { randomInt } from "node:crypto";

/** How long a teacher's temporary password signs in: long enough to reach the student, short enough not to linger. */
export const TEMPORARY_PASSWORD_HOURS = 24;

export const TEMPORARY_PASSWORD_EXPIRED =
  "Your temporary password has expired. Ask your teacher to reset your password again.";

export const temporaryPasswordExpiry = (now = new Date()): Date => new Date(now.getTime() + TEMPORARY_PASSWORD_HOURS * 3_600_000);

/** A password a teacher handed out, no longer good (no expiry recorded: none was handed out). */
export function isTemporaryPasswordExpired(user: { mustChangePassword: boolean; tempPasswordUntil: Date | null }, now = new Date()): boolean {
  return user.mustChangePassword && user.tempPasswordUntil !== null && user.tempPasswordUntil <= now;
}

// Easy to read aloud or copy from a screen: no 0/O, 1/l/I.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password like "kq7m-2xtd-hw9p" (about 70 bits). */
export function generateTemporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group()].join("-");
}
