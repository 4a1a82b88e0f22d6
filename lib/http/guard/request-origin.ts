/**
 * Whether a browser sent this request from one of the app's own origins. Browsers send
 * Origin on every cross-origin request and on same-origin POSTs, and Sec-Fetch-Site on
 * all of them; a client that sends neither is not a browser (curl, a script) and cannot
 * carry a victim's cookies, so it is not cross-site request forgery.
 *
 * A sibling subdomain or another port on the same host is "same-site" (SameSite=Lax lets
 * the cookie through), so only an exact origin match counts.
 */
export function isOwnOrigin(headers: Headers, ownOrigins: readonly string[]): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return ownOrigins.includes(origin);
  const site = headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}

/**
 * The origins the app answers at: SLANT_ORIGIN when set (needed behind a proxy that
 * rewrites Host), else the origin the request itself was addressed to.
 */
export function ownOrigins(configured: readonly string[] | undefined, requestUrl: string): string[] {
  return configured && configured.length > 0 ? [...configured] : [new URL(requestUrl).origin];
}
