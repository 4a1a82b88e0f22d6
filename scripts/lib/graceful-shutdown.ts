import type { Server, ServerResponse } from "node:http";

export interface GracefulShutdown {
  /** True once SIGTERM or SIGINT came: the server takes no new requests. */
  readonly stopping: boolean;
  /** Counts a request as in flight until its response is done. */
  track(response: ServerResponse): void;
  /** Stops as on SIGTERM; `why` goes in the log. */
  stop(why: string): Promise<void>;
}

/**
 * What a deploy's SIGTERM (or Ctrl-C) does to the HTTP server: stop accepting connections,
 * let the requests in flight finish (for at most `graceMs`), close kept-alive connections as
 * they fall idle so that no new request starts on them, then run `cleanup` (Next.js, the
 * database pool) and exit 0. The caller answers a request that still arrives on an open
 * connection with a 503 (see `stopping`).
 */
export function shutDownGracefully(server: Server, options: { graceMs: number; cleanup: () => Promise<void> }): GracefulShutdown {
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`› ${why}: taking no new requests; finishing ${inFlight.size} in flight`);
    // Their answers end their connections, so a client sends nothing more on them.
    for (const response of inFlight) if (!response.headersSent) response.setHeader("connection", "close");
    // A live-progress stream never finishes by itself: end it now, and the browser's EventSource
    // reconnects (to another instance, behind a load balancer) and fetches the state again.
    for (const response of inFlight) if (isEventStream(response)) response.destroy();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), options.graceMs))),
    ]);
    clearInterval(sweep);
    clearTimeout(timer);
    if (gaveUp) {
      console.error(`› ${inFlight.size} request(s) still running after ${options.graceMs / 1000} s; closing their connections`);
      server.closeAllConnections();
    }
    try {
      await options.cleanup();
    } catch (error) {
      console.error(`› Stopping did not go cleanly: ${error instanceof Error ? error.message : String(error)}`);
    }
    console.log("› Slant's server stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));

  return {
    get stopping() {
      return stopping;
    },
    track(response) {
      inFlight.add(response);
      response.once("close", () => inFlight.delete(response));
    },
    stop,
  };
}

function isEventStream(response: ServerResponse): boolean {
  return response.headersSent && String(response.getHeader("content-type") ?? "").startsWith("text/event-stream");
}
