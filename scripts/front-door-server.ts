// Slant's production HTTP server (started by scripts/http-server.mjs): Next.js behind a
// thin front door that does what only the socket can (who connected, stopping cleanly on
// SIGTERM), what Next.js itself gets wrong (a broken path is a 500), and the save lane:
// the two routes every highlight goes through, answered without Next.js (lib/http/save-lane).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { disconnectAppDatabase } from "@/lib/db/app-client-holder";
import { readEnv } from "@/lib/env";
import type { ErrorBody } from "@/lib/http/error-response";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";
import { isDecodablePath } from "@/lib/http/decodable-path";
import { PLAIN_PAGE_CONTENT_SECURITY_POLICY, plainErrorPage } from "@/lib/http/plain-error-page";
import { answerInSaveLane } from "@/lib/http/save-lane/answer-in-save-lane";
import { root } from "./lib/bootstrap.mjs";
import { shutDownGracefully } from "./lib/graceful-shutdown";
import { whenParentGoes } from "./lib/when-parent-goes";

const MALFORMED_PATH = "This address has a broken %-escape in it, so it cannot be read. Check the link and try again.";
const RESTARTING = "Slant is restarting. Try again in a moment.";
// Longer than any save takes; shorter than the 15 s scripts/lib/app-server.ts waits before SIGKILL.
const SHUTDOWN_GRACE_MS = 10_000;

/** An answer from the front door itself: the API's JSON error shape, or a plain page for a browser. */
function answer(
  request: IncomingMessage,
  response: ServerResponse,
  refusal: { status: number; code: string; title: string; message: string; headers?: Record<string, string> },
): void {
  const wantsJson = (request.url ?? "").startsWith("/api/") || !(request.headers.accept ?? "").includes("text/html");
  response.statusCode = refusal.status;
  response.setHeader("cache-control", "no-store");
  response.setHeader("x-content-type-options", "nosniff");
  for (const [name, value] of Object.entries(refusal.headers ?? {})) response.setHeader(name, value);
  if (wantsJson) {
    response.setHeader("content-type", "application/json");
    const body: ErrorBody = { error: { code: refusal.code, message: refusal.message } };
    response.end(JSON.stringify(body));
    return;
  }
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("content-security-policy", PLAIN_PAGE_CONTENT_SECURITY_POLICY);
  response.end(plainErrorPage({ title: refusal.title, message: refusal.message, link: { href: "/assignments", text: "Back to your assignments" } }));
}

export async function startFrontDoorServer(): Promise<void> {
  const env = readEnv();
  // Next.js is loaded only now, after the TypeScript loader is gone (see http-server.mjs).
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    if (shutdown.stopping) {
      const headers = { connection: "close", "retry-after": "5" };
      return answer(request, response, { status: 503, code: "service_unavailable", title: "Slant is restarting", message: RESTARTING, headers });
    }
    if (!isDecodablePath(request.url ?? "/")) {
      return answer(request, response, { status: 400, code: "malformed_path", title: "Bad address", message: MALFORMED_PATH });
    }
    shutdown.track(response);
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, request.headers, env.SLANT_TRUSTED_PROXIES);
    if (!answerInSaveLane(request, response)) void handle(request, response);
  });
  const shutdown = shutDownGracefully(server, {
    graceMs: SHUTDOWN_GRACE_MS,
    cleanup: async () => {
      await app.close();
      await disconnectAppDatabase();
    },
  });
  whenParentGoes(() => void shutdown.stop("The process that started this server has gone"));
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`Port ${env.PORT} is already in use. Stop what listens there, or set PORT to another port.`) : error);
    server.once("error", failed);
    server.listen(env.PORT, () => {
      server.off("error", failed);
      resolve();
    });
  });
  console.log(`› Slant is listening on port ${env.PORT}`);
}
