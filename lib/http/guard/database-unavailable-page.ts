import { NextResponse, type NextRequest } from "next/server";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/db/database-unavailable";
import { plainErrorPage } from "@/lib/http/plain-error-page";

// Long enough not to hammer a recovering server from every open tab, short enough that a class waits little.
const REFRESH_SECONDS = 30;

/** True for a browser asking for a page: a navigation (HTML) or the client router's fetch of one (RSC). */
export function asksForPage(request: NextRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  return request.headers.has("rsc") || (request.headers.get("accept") ?? "").includes("text/html");
}

/**
 * A 503 page while the database is away: the reason in words, Retry-After, and a reload by
 * itself. Next.js gives a page that throws a 500 and no way to choose its status, so this is
 * answered in front of it. The client router, getting HTML where it asked for RSC, loads the
 * address as a whole page and so shows this one.
 */
export function databaseUnavailablePage(): NextResponse {
  const html = plainErrorPage({
    title: "Slant cannot reach its database",
    message: "This page cannot be shown until it is back. Try again in a minute; this page tries again by itself.",
    link: { href: "", text: "Try again now" },
    refreshSeconds: REFRESH_SECONDS,
  });
  return new NextResponse(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(DATABASE_RETRY_AFTER_SECONDS), "cache-control": "no-store" },
  });
}
