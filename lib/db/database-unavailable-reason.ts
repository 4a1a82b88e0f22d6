/**
 * Why `error` says PostgreSQL cannot be reached right now, or null when it says something
 * else. These are passing conditions (refused, reset, timed out, shutting down, starting
 * up, out of connections) that a client should retry, not faults of a request or of our
 * code. The shapes are the ones @prisma/adapter-pg, Prisma and node-postgres produce:
 * Prisma's P1xxx codes, the adapter's error kinds (meta.driverAdapterError.cause.kind),
 * SQLSTATEs, socket error codes and node-postgres's own messages, however they are nested.
 */
export function databaseUnavailableReason(error: unknown): string | null {
  return reasonIn(error, 0);
}

// @prisma/adapter-pg's DriverAdapterError kinds (convertDriverError in its dist/index.mjs).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// What Prisma makes of those kinds: can't reach, timed out connecting, timed out, connection closed.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
// SQLSTATE class 08 (connection exception); 57P01-57P03 (shutting down, crashed, starting up); 53300 (too many connections).
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);
// node-postgres and pg-pool throw these as plain Errors, without a code.
const NODE_POSTGRES_MESSAGES = new Set([
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
]);

type Fields = { code?: unknown; kind?: unknown; message?: unknown; meta?: unknown; cause?: unknown; errors?: unknown };

function reasonIn(value: unknown, depth: number): string | null {
  if (typeof value !== "object" || value === null || depth > 5) return null;
  const { code, kind, message, meta, cause, errors } = value as Fields;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return kind;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return code;
  if (typeof message === "string" && NODE_POSTGRES_MESSAGES.has(message)) return message;
  const driverError = typeof meta === "object" && meta !== null ? (meta as { driverAdapterError?: unknown }).driverAdapterError : undefined;
  for (const inner of [driverError, cause, ...(Array.isArray(errors) ? errors : [])]) {
    const reason = reasonIn(inner, depth + 1);
    if (reason) return reason;
  }
  return null;
}
