/**
 * Set by Slant's own HTTP server (scripts/lib/http-server) from the socket, or from the
 * trusted proxy's X-Forwarded-For; whatever a client sends under this name is replaced.
 */
export const CLIENT_ADDRESS_HEADER = "x-slant-client-address";

/**
 * The address a request came from, for per-address rate limits. Behind `next start`
 * alone (no Slant server in front) the header is absent and X-Forwarded-For's last
 * entry is the best there is.
 */
export function clientAddress(headers: Headers): string {
  const set = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  if (set) return set;
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || "unknown";
}
