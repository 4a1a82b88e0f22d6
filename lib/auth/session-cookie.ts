import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { requireEnv } from "@/lib/env";
import type { Actor } from "./actor";
import { SESSION_IDLE_SECONDS } from "./session-records";

// Auth.js's names for its session cookie: the __Secure- one when the site is reached over HTTPS.
const PLAIN_COOKIE = "authjs.session-token";
const SECURE_COOKIE = "__Secure-authjs.session-token";

/** What a valid session cookie says: whose it is and which user_sessions row it stands for. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
}

/**
 * Reads this request's session cookie as Auth.js wrote it: one decryption. Auth.js's own auth()
 * runs its whole session endpoint instead (decrypt, re-encrypt a refreshed token that a route
 * or page cannot set, build and parse a JSON reply), which was a tenth of a save's time.
 * Anything that does not decrypt and verify, or has expired, is no session.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const name = jar.has(SECURE_COOKIE) ? SECURE_COOKIE : PLAIN_COOKIE;
  const value = jar.get(name)?.value;
  if (!value) return null;
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

/**
 * Gives this browser a cookie for `sessionId`, made as Auth.js makes its own (same name,
 * salt, secret and lifetime), from a route handler or server action. Used after a password
 * change, when every earlier session (a copy of this browser's cookie among them) has ended.
 */
export async function issueSessionCookie(actor: Pick<Actor, "id" | "role" | "name">, sessionId: string): Promise<void> {
  const jar = await cookies();
  // The request came with Auth.js's cookie; the new one replaces it under the same name.
  const secure = jar.has(SECURE_COOKIE);
  const name = secure ? SECURE_COOKIE : PLAIN_COOKIE;
  const value = await encode({
    token: { sub: actor.id, name: actor.name, role: actor.role, sid: sessionId },
    secret: requireEnv("AUTH_SECRET"),
    salt: name,
    maxAge: SESSION_IDLE_SECONDS,
  });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_IDLE_SECONDS });
}
