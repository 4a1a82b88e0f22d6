import "server-only";
import { PasswordChangeRequired, Unauthenticated } from "@/lib/errors";
import type { Actor } from "./actor";
import { getCurrentActor } from "./current-actor";

/** For server actions: the signed-in actor under the same rules as the API. */
export async function requireActionActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new Unauthenticated();
  if (actor.mustChangePassword) throw new PasswordChangeRequired();
  return actor;
}
