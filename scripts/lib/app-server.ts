import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** lib/env.ts's default for SLANT_HEAP_MB (this file runs before that module's checks). */
const DEFAULT_HEAP_MB = 384;

export interface AppServer {
  url: string;
  process: ChildProcess;
  /** What the server printed, when started with `output: "capture"`. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Runs the built app with Slant's HTTP server (scripts/http-server.mjs) and resolves once /api/health says all is well
 * (or, with `waitFor: "listening"`, once it answers at all: for a database that is down).
 */
export async function startAppServer(options: {
  root: string;
  port: number;
  env: Record<string, string>;
  /** inherit: print as it goes; quiet: errors only; capture: keep it for log(). */
  output?: "inherit" | "quiet" | "capture";
  waitFor?: "healthy" | "listening";
  /** Given to node before the script (--cpu-prof, which NODE_OPTIONS may not carry). */
  nodeArgs?: string[];
}): Promise<AppServer> {
  const output = options.output ?? "inherit";
  // SLANT_HEAP_MB (lib/env.ts, which checks it at start-up): how large the server's heap may grow.
  const heapMb = Number(options.env.SLANT_HEAP_MB ?? process.env.SLANT_HEAP_MB ?? DEFAULT_HEAP_MB);
  const nodeArgs = [`--max-old-space-size=${heapMb}`, ...(options.nodeArgs ?? [])];
  const child = spawn(process.execPath, [...nodeArgs, path.join(options.root, "scripts", "http-server.mjs")], {
    cwd: options.root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true", ...options.env, PORT: String(options.port) },
    stdio: output === "capture" ? ["ignore", "pipe", "pipe"] : ["ignore", output === "quiet" ? "ignore" : "inherit", "inherit"],
  });
  let captured = "";
  child.stdout?.on("data", (chunk: Buffer) => (captured += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (captured += chunk.toString("utf8")));
  const url = `http://localhost:${options.port}`;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    // The server finishes the requests in flight first (10 s at most, see front-door-server.ts).
    const timeout = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timeout);
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited while starting (exit ${child.exitCode}).\n${captured}`);
    const ready = await fetch(`${url}/api/health`).then(
      async (response) => {
        await response.arrayBuffer();
        return response.ok || options.waitFor === "listening";
      },
      () => false,
    );
    if (ready) return { url, process: child, log: () => captured, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The app did not answer on ${url}/api/health within 60 s.\n${captured}`);
}
