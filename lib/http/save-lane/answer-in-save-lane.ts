import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readSessionKey } from "@/lib/auth/session-actor";
import { parse as parseCookies } from "cookie";
import { readEnv } from "@/lib/env";
import { Unauthenticated } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { apiRequestRefusal } from "@/lib/http/guard/api-request-refusal";
import { API_CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY } from "@/lib/http/guard/content-security-policy";
import { readNodeBody } from "@/lib/http/read-node-body";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";
import { SAVE_ROUTES, type SaveReply, type SaveRoute } from "./save-routes";

/**
 * The save lane: the front door answers POSTs to the two save routes itself, without
 * Next.js, whose own cost per request (routing, the proxy's request and response objects,
 * web streams) was most of a save's server time once the save itself was a few statements.
 * It keeps every rule of the other door: the same refusal of forged and mistyped requests
 * as proxy.ts, the same session check and sign-in gate, the same body limits, schemas,
 * services and error shapes, and the same headers. Anything else (other methods, other
 * paths, a server action) goes on to Next.js. Returns whether it took the request.
 */
export function answerInSaveLane(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== "POST" || request.headers["next-action"] !== undefined) return false;
  const pathname = (request.url ?? "/").split("?")[0]!;
  for (const route of SAVE_ROUTES) {
    const match = route.path.exec(pathname);
    if (match) {
      void answer(route, decodeURIComponent(match[1]!), pathname, request, response);
      return true;
    }
  }
  return false;
}

async function answer(route: SaveRoute, assignmentId: string, pathname: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = toHeaders(request);
  let reply: SaveReply | Response;
  try {
    const refused = apiRequestRefusal({ method: "POST", pathname, url: nextRequestUrl(headers, request.url ?? "/"), headers });
    if (refused) throw refused;
    // No cookie that decrypts is 401 at once; whether its session still lives, the save's
    // first statement asks (see Caller), with the same gate.
    const session = await readSessionKey((name) => parseCookies(headers.get("cookie") ?? "")[name]);
    if (!session) throw new Unauthenticated();
    reply = await route.answer({ session }, assignmentId, await readNodeBody(request, route.limitBytes));
  } catch (error) {
    reply = errorResponse(error);
  }
  await send(response, reply, headers);
}

/** The headers as a web Headers object, as the shared guard reads them. */
function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/**
 * The address as Next.js gives it to proxy.ts (next-server's runMiddleware): its own host
 * name and port, with the protocol the load balancer says, for the origin check when
 * SLANT_ORIGIN is unset.
 */
function nextRequestUrl(headers: Headers, path: string): string {
  const protocol = headers.get("x-forwarded-proto")?.includes("https") ? "https" : "http";
  return `${protocol}://localhost:${readEnv().PORT}${path}`;
}

async function send(response: ServerResponse, reply: SaveReply | Response, requestHeaders: Headers): Promise<void> {
  const isResponse = reply instanceof Response;
  const body = isResponse ? await reply.text() : JSON.stringify(reply.body);
  if (response.destroyed) return;
  response.statusCode = reply.status;
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  if (isResponse) reply.headers.forEach((value, name) => response.setHeader(name, value));
  response.setHeader("content-type", "application/json");
  response.setHeader("content-security-policy", API_CONTENT_SECURITY_POLICY);
  response.setHeader("cache-control", "no-store");
  if (requestHeaders.get("x-forwarded-proto") === "https") response.setHeader("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  response.end(body);
  // A body refused unread (401, 403, 413) leaves the rest of it on its way: read and dropped,
  // so the client finishes sending and reads this answer (a socket closed under an upload
  // still in flight gives the client EPIPE, not the 413).
  if (!response.req.complete) discardRestOfBody(response.req);
}

/** How much of a refused body is read and dropped, and for how long, before the connection is cut instead. */
const DISCARD_LIMIT_BYTES = 1024 * 1024;
const DISCARD_LIMIT_MS = 10_000;

function discardRestOfBody(request: IncomingMessage): void {
  let left = DISCARD_LIMIT_BYTES;
  const cut = () => request.socket.destroy();
  const timer = setTimeout(cut, DISCARD_LIMIT_MS).unref();
  request.on("data", (chunk: Buffer) => {
    left -= chunk.byteLength;
    if (left < 0) cut();
  });
  request.once("close", () => clearTimeout(timer));
  request.resume();
}

