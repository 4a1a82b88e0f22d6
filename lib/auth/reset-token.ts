import { createHash, randomBytes } from "node:crypto";

/** How long an emailed reset link works. */
export const RESET_LINK_MINUTES = 60;

/** A new link's token (32 random bytes, base64url: 43 characters) and the hash that is stored instead of it. */
export function generateResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

/** SHA-256 is enough here: the token is random, not a password, so there is nothing to guess from the hash. */
export const hashResetToken = (token: string): string => createHash("sha256").update(token).digest("hex");
