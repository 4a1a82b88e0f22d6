import { PasswordChangeRequired, Unauthenticated } from "@/lib/errors";
import type { Actor } from "./actor";
import { can } from "./policy";

export interface SignInGateOptions {
  /** Only the change-password door lets in a user who must choose a new password. */
  allowPendingPasswordChange?: boolean;
}

/**
 * The sign-in gate's rule for an actor already read (null: no live session): a signed-in
 * user whom the policy lets use the app. Throws Unauthenticated or PasswordChangeRequired.
 */
export function admitActor(actor: Actor | null, options: SignInGateOptions = {}): Actor {
  if (!actor) throw new Unauthenticated();
  if (!options.allowPendingPasswordChange && !can(actor, "app:use", null)) throw new PasswordChangeRequired();
  return actor;
}
