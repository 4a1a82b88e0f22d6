import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Actor } from "./actor";
import { loadSessionActor, readSessionKey } from "./session-actor";
import type { SessionClaims } from "./session-token";

export { loadSessionActor } from "./session-actor";

/** Whom a session cookie names: the user and the user_sessions row it stands for. */
export type SessionKey = SessionClaims;

/** The session the request's cookie names, or null; not yet checked against the database. */
async function loadCurrentSessionKey(): Promise<SessionKey | null> {
  const jar = await cookies();
  return readSessionKey((name) => jar.get(name)?.value);
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
