import "server-only";
import { redirect } from "next/navigation";
import { PasswordChangeRequired, Unauthenticated } from "@/lib/errors";
import type { Actor } from "./actor";
import { passSignInGate } from "./sign-in-gate";

export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For pages: the sign-in gate, answered with redirects. No session goes to the sign-in
 * page (coming back here afterwards); a pending password change goes to choose one first.
 */
export async function requireActor(returnTo: string): Promise<Actor> {
  try {
    return await passSignInGate({ allowPendingPasswordChange: returnTo === CHANGE_PASSWORD_PATH });
  } catch (error) {
    if (error instanceof Unauthenticated) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (error instanceof PasswordChangeRequired) redirect(`${CHANGE_PASSWORD_PATH}?required=1`);
    throw error;
  }
}
