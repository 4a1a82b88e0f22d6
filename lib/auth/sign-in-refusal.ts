import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { CredentialsSignin } from "next-auth";
import { asDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { ServiceUnavailable, TooManyRequests } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

/** Why a sign-in could not even be tried: a limit was reached, or the database cannot be reached. */
export type SignInRefusal = TooManyRequests | ServiceUnavailable;

/**
 * A sign-in refused before the password was judged. Auth.js hands CredentialsSignin errors
 * thrown in `authorize` to a server action's signIn() call as they are, so the form can say
 * why (and does not say the password was wrong).
 */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly refusal: SignInRefusal) {
    super(refusal.message);
    this.code = refusal.code;
  }
}

// Auth.js's own route turns any sign-in error into a redirect; this lets POST /api/auth/* see the refusal behind it.
const refusals = new AsyncLocalStorage<{ refusal?: SignInRefusal }>();

/** Runs authorize's work; a limit's refusal or an unreachable database becomes a SignInRefused, noted for answerSignInRoute. */
export async function refuseSignInWhenUnable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const refusal = error instanceof TooManyRequests ? error : asDatabaseUnavailable(error);
    if (!refusal) throw error;
    const noted = refusals.getStore();
    if (noted) noted.refusal = refusal;
    throw new SignInRefused(refusal);
  }
}

/** Auth.js's POST handler, except that a refused sign-in answers 429 or 503 with Retry-After in the JSON error shape. */
export async function answerSignInRoute(handle: () => Promise<Response>): Promise<Response> {
  const noted: { refusal?: SignInRefusal } = {};
  const response = await refusals.run(noted, handle);
  return noted.refusal ? errorResponse(noted.refusal) : response;
}

/** The refusal behind an error from signIn() in a server action, if that is what it was. */
export function signInRefusal(error: unknown): SignInRefusal | null {
  return error instanceof SignInRefused ? error.refusal : null;
}
