import "server-only";
import { PasswordChangeRequired, Unauthenticated } from "@/lib/errors";
import type { Actor } from "./actor";
import { getCurrentActor } from "./current-actor";
import { can } from "./policy";

export interface SignInGateOptions {
  /** Only the change-password door lets in a user who must choose a new password. */
  allowPendingPasswordChange?: boolean;
}

/**
 * The one way in for pages, route handlers and server actions alike: a signed-in user
 * whom the policy lets use the app. Throws Unauthenticated or PasswordChangeRequired;
 * each door turns those into its own answer (a redirect, a JSON error, a form message).
 */
export async function passSignInGate(options: SignInGateOptions = {}): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new Unauthenticated();
  if (!options.allowPendingPasswordChange && !can(actor, "app:use", null)) throw new PasswordChangeRequired();
  return actor;
}
