import "server-only";
import { TooManyRequests } from "@/lib/errors";
import { signIn } from "./auth";
import { signInRefusal } from "./sign-in-refusal";

/**
 * Signs a just-made account in (in a server action). If sign-ins from here are paused by
 * a limit, or the database went away just now, the account still stands: the answer is a
 * message saying so, not an error page.
 */
export async function signInNewAccount(identifier: string, password: string): Promise<string | null> {
  try {
    await signIn("credentials", { identifier, password, redirect: false });
    return null;
  } catch (error) {
    const refusal = signInRefusal(error);
    if (!refusal) throw error;
    return refusal instanceof TooManyRequests
      ? `Your account is ready, but there have been too many sign-in attempts from here. Sign in later: ${refusal.message}`
      : `Your account is ready, but signing in did not work: ${refusal.message}`;
  }
}
