import { decode } from "next-auth/jwt";
import { requireEnv } from "@/lib/env";

// Auth.js's names for its session cookie: the __Secure- one when the site is reached over HTTPS.
export const PLAIN_SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

/** What a valid session cookie says: whose it is and which user_sessions row it stands for. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
}

/** This request's session cookie, by the names Auth.js gives it (`read` looks a cookie up by name). */
export function findSessionCookie(read: (name: string) => string | undefined): { name: string; value: string } | null {
  for (const name of [SECURE_SESSION_COOKIE, PLAIN_SESSION_COOKIE]) {
    const value = read(name);
    if (value) return { name, value };
  }
  return null;
}

/**
 * A session cookie's claims as Auth.js wrote them: one decryption. Auth.js's own auth()
 * runs its whole session endpoint instead (decrypt, re-encrypt a refreshed token that a route
 * or page cannot set, build and parse a JSON reply), which was a tenth of a save's time.
 * Anything that does not decrypt and verify, or has expired, is no session.
 */
export async function decodeSessionCookie({ name, value }: { name: string; value: string }): Promise<SessionClaims | null> {
  const known = decodedCookies.get(value);
  if (known && known.expiresAt > Date.now()) return known.claims;
  try {
    const token = await decode({ token: value, secret: requireEnv("AUTH_SECRET"), salt: name });
    if (!token || typeof token.sub !== "string" || typeof token.sid !== "string") return null;
    const claims = { userId: token.sub, sessionId: token.sid };
    remember(value, claims, typeof token.exp === "number" ? token.exp * 1000 : Date.now());
    return claims;
  } catch {
    return null;
  }
}

/**
 * Cookies this instance has decrypted, with what they said, until they expire: a class saving
 * all morning sends the same few hundred cookies thousands of times, and each decryption (key
 * derivation, AES and HMAC through WebCrypto) was a tenth of a save. Only what decrypted and
 * verified is kept, keyed by the whole cookie, so nothing forged can come out of it; whether
 * the session still lives is asked of the database on every request, as before.
 */
const decodedCookies = new Map<string, { claims: SessionClaims; expiresAt: number }>();
const MAX_DECODED_COOKIES = 20_000;

function remember(value: string, claims: SessionClaims, expiresAt: number): void {
  if (decodedCookies.size >= MAX_DECODED_COOKIES) decodedCookies.delete(decodedCookies.keys().next().value!);
  decodedCookies.set(value, { claims, expiresAt });
}
