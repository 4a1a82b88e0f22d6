import { randomInt } from "node:crypto";

// Easy to read aloud or copy from a screen: no 0/O, 1/l/I.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password like "kq7m-2xtd-hw9p" (about 70 bits). */
export function generateTemporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group()].join("-");
}
