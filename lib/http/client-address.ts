import type { IncomingHttpHeaders } from "node:http";

/**
 * Set by Slant's own HTTP server (scripts/front-door-server.ts) for every request; whatever a
 * client sends under this name is replaced, so the app can trust it.
 */
export const CLIENT_ADDRESS_HEADER = "x-slant-client-address";

/**
 * Who connected, as far as can be trusted: the socket's address, or, behind
 * `trustedProxies` load balancers that each append to X-Forwarded-For, the entry the
 * outermost of them wrote. Entries further left were written by the client and could be anything.
 */
export function resolveClientAddress(socketAddress: string | undefined, headers: IncomingHttpHeaders, trustedProxies: number): string {
  const socket = socketAddress ?? "unknown";
  if (trustedProxies === 0) return socket;
  const forwarded = [headers["x-forwarded-for"]].flat().join(",").split(",").map((entry) => entry.trim()).filter(Boolean);
  return forwarded.at(-trustedProxies) ?? socket;
}

/** The address a request came from, for per-address rate limits (see resolveClientAddress). */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
}
