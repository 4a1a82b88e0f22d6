import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { requireEnv } from "@/lib/env";
import type { Actor } from "./actor";
import { SESSION_IDLE_SECONDS } from "./session-records";
import { PLAIN_SESSION_COOKIE, SECURE_SESSION_COOKIE } from "./session-token";

/**
 * Gives this browser a cookie for `sessionId`, made as Auth.js makes its own (same name,
 * salt, secret and lifetime), from a route handler or server action. Used after a password
 * change, when every earlier session (a copy of this browser's cookie among them) has ended.
 */
export async function issueSessionCookie(actor: Pick<Actor, "id" | "role" | "name">, sessionId: string): Promise<void> {
  const jar = await cookies();
  // The request came with Auth.js's cookie; the new one replaces it under the same name.
  const secure = jar.has(SECURE_SESSION_COOKIE);
  const name = secure ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
  const value = await encode({
    token: { sub: actor.id, name: actor.name, role: actor.role, sid: sessionId },
    secret: requireEnv("AUTH_SECRET"),
    salt: name,
    maxAge: SESSION_IDLE_SECONDS,
  });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_IDLE_SECONDS });
}
