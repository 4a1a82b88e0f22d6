import type { Actor } from "./actor";
import { admitActor } from "./admit-actor";
import { loadSessionActor } from "./session-actor";
import type { SessionClaims } from "./session-token";

/**
 * Who asks a service: an actor already through the sign-in gate (a Next.js route's
 * withActor), or the key of a session not yet checked, which a hot service checks in its own
 * first statement (the save lane: one round trip to the database fewer on every save). Either
 * way the gate's rule (admitActor) decides.
 */
export type Caller = { actor: Actor } | { session: SessionClaims };

/** The caller as an actor through the gate: for the rarer paths that check the session on its own. */
export async function callerActor(caller: Caller): Promise<Actor> {
  return "actor" in caller ? caller.actor : admitActor(await loadSessionActor(caller.session));
}

/** Whose request it is: the actor's id, or the id the session key names (checked later). */
export const callerUserId = (caller: Caller): string => ("actor" in caller ? caller.actor.id : caller.session.userId);
