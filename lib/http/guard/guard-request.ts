import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseReachable } from "@/lib/db/database-reachability";
import { BadRequest, type DomainError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { PLAIN_PAGE_CONTENT_SECURITY_POLICY } from "@/lib/http/plain-error-page";
import { apiRequestRefusal, isStateChanging } from "./api-request-refusal";
import { asksForPage, databaseUnavailablePage } from "./database-unavailable-page";
import { API_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "./content-security-policy";
import { isReadableServerActionBody } from "./server-action-body";

/** Why a request must be refused before any route or server action runs, or null. */
async function refusal(request: NextRequest): Promise<DomainError | null> {
  const problem = apiRequestRefusal({ method: request.method, pathname: request.nextUrl.pathname, url: request.url, headers: request.headers });
  if (problem) return problem;
  if (isStateChanging(request.method) && request.headers.has("next-action") && !(await isReadableServerActionBody(request))) {
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
