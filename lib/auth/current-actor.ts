import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/text/is-uuid";
import type { Actor } from "./actor";
import { readSessionClaims } from "./session-cookie";
import { oldestLiveSession } from "./session-records";

/**
 * The signed-in user, or null. The session cookie names the user and their session; the
 * database, read on every request (one query), has the last word: a deleted account, or a
 * session ended by signing out or by a password change or reset, signs nobody in, however
 * many copies of the cookie exist.
 */
async function loadCurrentActor(): Promise<Actor | null> {
  const claims = await readSessionClaims();
  if (!claims || !isUuid(claims.userId) || !isUuid(claims.sessionId)) return null;
  const { userId: id, sessionId } = claims;
  const user = await getDb().user.findFirst({
    where: { id, sessions: { some: { id: sessionId, createdAt: { gte: oldestLiveSession() } } } },
    select: { id: true, role: true, name: true, mustChangePassword: true },
  });
  return user;
}

/**
 * Once per request: the header, the page, its title and its data all ask, but the
 * session cookie is decoded and the users table read only once. (Outside a React
 * render, e.g. in route handlers, cache() simply calls through.)
 */
export const getCurrentActor = cache(loadCurrentActor);
