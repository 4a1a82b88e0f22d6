import "server-only";
import type { Actor } from "./actor";
import { admitActor, type SignInGateOptions } from "./admit-actor";
import { getCurrentActor } from "./current-actor";

export type { SignInGateOptions } from "./admit-actor";

/**
 * The one way in for pages, route handlers and server actions alike: a signed-in user
 * whom the policy lets use the app. Throws Unauthenticated or PasswordChangeRequired;
 * each door turns those into its own answer (a redirect, a JSON error, a form message).
 */
export async function passSignInGate(options: SignInGateOptions = {}): Promise<Actor> {
  return admitActor(await getCurrentActor(), options);
}
