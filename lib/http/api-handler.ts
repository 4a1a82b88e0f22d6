import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { Unauthenticated } from "@/lib/errors";
import { errorResponse } from "./error-response";

interface HandlerArgs<Params> {
  request: Request;
  params: Params;
  actor: Actor;
}

/**
 * Wraps a route handler: no session is 401, and whatever the handler throws becomes
 * the JSON error shape. Handlers stay a few lines: parse, call a service, respond.
 */
export function withActor<Params = Record<string, never>>(handler: (args: HandlerArgs<Params>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const actor = await getCurrentActor();
      if (!actor) throw new Unauthenticated();
      return await handler({ request, params: await context.params, actor });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
