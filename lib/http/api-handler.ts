import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { passSignInGate, type SignInGateOptions } from "@/lib/auth/sign-in-gate";
import { errorResponse } from "./error-response";

interface HandlerArgs<Params> {
  request: Request;
  params: Params;
}

interface RouteContext<Params> {
  params: Promise<Params>;
}

/** A route anyone may call (sign-up); whatever it throws becomes the JSON error shape. */
export function publicRoute<Params = Record<string, never>>(handler: (args: HandlerArgs<Params>) => Promise<Response>) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    try {
      return await handler({ request, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A route for signed-in users: no session is 401, and a user whose password was reset
 * may do nothing but choose a new one. Handlers stay a few lines: parse, call a service, respond.
 */
export function withActor<Params = Record<string, never>>(
  handler: (args: HandlerArgs<Params> & { actor: Actor }) => Promise<Response>,
  options: SignInGateOptions = {},
) {
  return publicRoute<Params>(async (args) => handler({ ...args, actor: await passSignInGate(options) }));
}
