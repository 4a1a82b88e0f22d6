import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/text/is-uuid";
import type { Actor } from "./actor";
import { readSessionClaims, type SessionClaims } from "./session-cookie";
import { oldestLiveSession } from "./session-records";

/** Whom a session cookie names: the user and the user_sessions row it stands for. */
export type SessionKey = SessionClaims;

/** The session the request's cookie names, or null; not yet checked against the database. */
async function loadCurrentSessionKey(): Promise<SessionKey | null> {
  const claims = await readSessionClaims();
  if (!claims || !isUuid(claims.userId) || !isUuid(claims.sessionId)) return null;
  return claims;
}

/**
 * The user of a session while it lives, or null. The database, read on every request (one
 * query), has the last word: a deleted account, or a session ended by signing out or by a
 * password change or reset, signs nobody in, however many copies of the cookie exist. A
 * long-lived answer (an event stream) asks again with the key it was opened with.
 */
export async function loadSessionActor({ userId, sessionId }: SessionKey): Promise<Actor | null> {
  return getDb().user.findFirst({
    where: { id: userId, sessions: { some: { id: sessionId, createdAt: { gte: oldestLiveSession() } } } },
    select: { id: true, role: true, name: true, mustChangePassword: true },
  });
}

async function loadCurrentActor(): Promise<Actor | null> {
  const key = await getCurrentSessionKey();
  return key && loadSessionActor(key);
}

/**
 * Once per request: the header, the page, its title and its data all ask, but the
 * session cookie is decoded and the users table read only once. (Outside a React
 * render, e.g. in route handlers, cache() simply calls through.)
 */
export const getCurrentSessionKey = cache(loadCurrentSessionKey);
export const getCurrentActor = cache(loadCurrentActor);
