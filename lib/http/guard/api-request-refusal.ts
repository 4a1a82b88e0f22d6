import { readEnv } from "@/lib/env";
import { Forbidden, MethodNotAllowed, UnsupportedMediaType, type DomainError } from "@/lib/errors";
import { isAcceptedApiContentType } from "./api-content-type";
import { allowedApiMethods } from "./api-methods";
import { isOwnOrigin, ownOrigins } from "./request-origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// Auth.js's own routes take HTML form posts and check their own CSRF token.
const isAuthJsRoute = (pathname: string) => pathname.startsWith("/api/auth/");

// Next.js answers HEAD for every GET route, and OPTIONS for every route.
const answers = (allowed: string[], method: string) =>
  method === "OPTIONS" || allowed.includes(method) || (method === "HEAD" && allowed.includes("GET"));

/** Whether a request may change something: the ones a forged or mistyped request must not get through. */
export const isStateChanging = (method: string) => !SAFE_METHODS.has(method);

export interface GuardedRequest {
  method: string;
  pathname: string;
  /** The address the request was sent to, as the server saw it (for its origin when SLANT_ORIGIN is unset). */
  url: string;
  headers: Headers;
}

/**
 * Why a request must be refused before any route runs, or null: a method the API route does
 * not answer (405), a state-changing request from another site (403), or an API body of a
 * type a cross-site form could send (415). Both doors ask it: proxy.ts in front of Next.js,
 * and the front door's save lane in front of its two routes.
 */
export function apiRequestRefusal({ method, pathname, url, headers }: GuardedRequest): DomainError | null {
  const isApi = pathname.startsWith("/api/");
  if (isApi) {
    const allowed = allowedApiMethods(pathname);
    if (allowed && !answers(allowed, method)) return new MethodNotAllowed(allowed);
  }
  if (!isStateChanging(method)) return null;
  // Every state-changing request, API call or server action alike.
  if (!isOwnOrigin(headers, ownOrigins(readEnv().SLANT_ORIGIN, url))) {
    return new Forbidden("This request came from another site, so it was refused. Use Slant from its own address.");
  }
  if (isApi && !isAuthJsRoute(pathname) && !isAcceptedApiContentType(method, pathname, headers)) {
    return new UnsupportedMediaType();
  }
  return null;
}
