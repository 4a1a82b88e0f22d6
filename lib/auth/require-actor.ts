import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { getCurrentActor } from "./current-actor";

export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For pages: the signed-in actor, or a redirect to the sign-in page that comes back here.
 * Someone whose password a teacher reset is sent to choose a new one first.
 */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (actor.mustChangePassword && returnTo !== CHANGE_PASSWORD_PATH) redirect(`${CHANGE_PASSWORD_PATH}?required=1`);
  return actor;
}
