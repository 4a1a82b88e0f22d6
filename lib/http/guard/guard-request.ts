import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseReachable } from "@/lib/db/database-reachability";
import { readEnv } from "@/lib/env";
import { BadRequest, DomainError, Forbidden, MethodNotAllowed, UnsupportedMediaType } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { PLAIN_PAGE_CONTENT_SECURITY_POLICY } from "@/lib/http/plain-error-page";
import { isAcceptedApiContentType } from "./api-content-type";
import { allowedApiMethods } from "./api-methods";
import { asksForPage, databaseUnavailablePage } from "./database-unavailable-page";
import { API_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "./content-security-policy";
import { isOwnOrigin, ownOrigins } from "./request-origin";
import { isReadableServerActionBody } from "./server-action-body";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// Auth.js's own routes take HTML form posts and check their own CSRF token.
const isAuthJsRoute = (pathname: string) => pathname.startsWith("/api/auth/");

// Next.js answers HEAD for every GET route, and OPTIONS for every route.
const answers = (allowed: string[], method: string) =>
  method === "OPTIONS" || allowed.includes(method) || (method === "HEAD" && allowed.includes("GET"));


/** Why a request must be refused before any route or server action runs, or null. */
async function refusal(request: NextRequest): Promise<DomainError | null> {
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (isApi) {
    const allowed = allowedApiMethods(pathname);
    if (allowed && !answers(allowed, request.method)) return new MethodNotAllowed(allowed);
  }
  if (SAFE_METHODS.has(request.method)) return null;
  // Every state-changing request, API call or server action alike.
  if (!isOwnOrigin(request.headers, ownOrigins(readEnv().SLANT_ORIGIN, request.url))) {
    return new Forbidden("This request came from another site, so it was refused. Use Slant from its own address.");
  }
  if (isApi && !isAuthJsRoute(pathname) && !isAcceptedApiContentType(request.method, pathname, request.headers)) {
    return new UnsupportedMediaType();
  }
  if (request.headers.has("next-action") && !(await isReadableServerActionBody(request))) {
    return new BadRequest("This form could not be read. Reload the page and try again.", "malformed_body");
  }
  return null;
}

function withSecurityHeaders(response: NextResponse, request: NextRequest, csp: string): NextResponse {
  response.headers.set("content-security-policy", csp);
  if (request.headers.get("x-forwarded-proto") === "https") response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  // Student work in API answers must not stay in a shared computer's cache or a proxy.
  if (request.nextUrl.pathname.startsWith("/api/")) response.headers.set("cache-control", "no-store");
  return response;
}

/**
 * What runs in front of every request (proxy.ts): refuses forged or malformed requests
 * with the API's JSON error shape, answers pages with a 503 while the database is away
 * (API routes answer their own 503, see errorResponse), and gives every answer its
 * security headers, pages a fresh script nonce in their Content-Security-Policy.
 */
export async function guardRequest(request: NextRequest): Promise<NextResponse> {
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const problem = await refusal(request);
  if (problem) {
    const refused = errorResponse(problem);
    const response = new NextResponse(refused.body, { status: refused.status, headers: refused.headers });
    return withSecurityHeaders(response, request, API_CONTENT_SECURITY_POLICY);
  }
  if (isApi) return withSecurityHeaders(NextResponse.next(), request, API_CONTENT_SECURITY_POLICY);
  if (asksForPage(request) && !(await isDatabaseReachable())) {
    return withSecurityHeaders(databaseUnavailablePage(), request, PLAIN_PAGE_CONTENT_SECURITY_POLICY);
  }
  const nonce = randomBytes(16).toString("base64");
  const csp = pageContentSecurityPolicy(nonce);
  // Next reads the policy from the request to put the nonce on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), request, csp);
}
