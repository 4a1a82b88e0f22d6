// Slant's production HTTP server (started by scripts/http-server.mjs): Next.js behind a
// thin front door that does what only the socket can (who connected) and what Next.js
// itself gets wrong (a broken path is a 500).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readEnv } from "@/lib/env";
import type { ErrorBody } from "@/lib/http/error-response";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";
import { isDecodablePath } from "@/lib/http/decodable-path";
import { root } from "./lib/bootstrap.mjs";

const MALFORMED_PATH = "This address has a broken %-escape in it, so it cannot be read. Check the link and try again.";

function refuseMalformedPath(request: IncomingMessage, response: ServerResponse): void {
  const wantsJson = (request.url ?? "").startsWith("/api/") || !(request.headers.accept ?? "").includes("text/html");
  response.statusCode = 400;
  response.setHeader("cache-control", "no-store");
  response.setHeader("x-content-type-options", "nosniff");
  if (wantsJson) {
    response.setHeader("content-type", "application/json");
    const body: ErrorBody = { error: { code: "malformed_path", message: MALFORMED_PATH } };
    response.end(JSON.stringify(body));
    return;
  }
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  response.end(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad address · Slant</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">` +
      `<h1>Bad address</h1><p>${MALFORMED_PATH}</p><p><a href="/assignments">Back to your assignments</a></p></body></html>`,
  );
}

export async function startFrontDoorServer(): Promise<void> {
  const env = readEnv();
  // Next.js is loaded only now, after the TypeScript loader is gone (see http-server.mjs).
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    if (!isDecodablePath(request.url ?? "/")) return refuseMalformedPath(request, response);
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, request.headers, env.SLANT_TRUSTED_PROXIES);
    void handle(request, response);
  });
  server.listen(env.PORT, () => console.log(`› Slant is listening on port ${env.PORT}`));
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
