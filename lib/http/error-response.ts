import { randomUUID } from "node:crypto";
import { z } from "zod";
import { asDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { DomainError, MethodNotAllowed, ServiceUnavailable, TooManyRequests } from "@/lib/errors";

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional(), requestId: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * The one place an error becomes a response: domain errors say what went wrong, an
 * unreachable database is a 503 the client retries, the rest get a request id.
 */
export function errorResponse(thrown: unknown): Response {
  const error = thrown instanceof DomainError ? thrown : (asDatabaseUnavailable(thrown) ?? thrown);
  if (error instanceof DomainError) {
    const body: ErrorBody = {
      error: { code: error.code, message: error.message, ...(error.details !== undefined && { details: error.details }) },
    };
    const headers: Record<string, string> | undefined =
      error instanceof TooManyRequests || error instanceof ServiceUnavailable
        ? { "retry-after": String(error.retryAfterSeconds) }
        : error instanceof MethodNotAllowed
          ? { allow: error.allowed.join(", ") }
          : undefined;
    return Response.json(body, { status: error.status, headers });
  }
  const requestId = randomUUID();
  console.error(`[${requestId}] unhandled error`, error);
  const body: ErrorBody = {
    error: { code: "internal_error", message: "Something went wrong on our side. Please try again.", requestId },
  };
  return Response.json(body, { status: 500 });
}
