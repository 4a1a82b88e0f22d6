import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { CredentialsSignin } from "next-auth";
import { TooManyRequests } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

/**
 * A sign-in refused by a limit. Auth.js hands CredentialsSignin errors thrown in
 * `authorize` to a server action's signIn() call as they are, so the form can say why.
 */
export class SignInRefused extends CredentialsSignin {
  override code = "too_many_requests";

  constructor(readonly refusal: TooManyRequests) {
    super(refusal.message);
  }
}

// Auth.js's own route turns any sign-in error into a redirect; this lets POST /api/auth/* see the refusal behind it.
const refusals = new AsyncLocalStorage<{ refusal?: TooManyRequests }>();

/** Runs authorize's work; a limit's refusal becomes a SignInRefused, and is noted for answerSignInRoute. */
export async function refuseSignInPastLimits<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof TooManyRequests)) throw error;
    const noted = refusals.getStore();
    if (noted) noted.refusal = error;
    throw new SignInRefused(error);
  }
}

/** Auth.js's POST handler, except that a refused sign-in answers 429 with Retry-After in the JSON error shape. */
export async function answerSignInRoute(handle: () => Promise<Response>): Promise<Response> {
  const noted: { refusal?: TooManyRequests } = {};
  const response = await refusals.run(noted, handle);
  return noted.refusal ? errorResponse(noted.refusal) : response;
}

/** The limit's refusal behind an error from signIn() in a server action, if that is what it was. */
export function signInRefusal(error: unknown): TooManyRequests | null {
  return error instanceof SignInRefused ? error.refusal : null;
}
