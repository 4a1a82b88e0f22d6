import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startAppServer, type AppServer } from "@/scripts/lib/app-server";
import { freePort } from "@/scripts/lib/free-port";
import { testEnv } from "@/tests/integration/support/test-env";
import { startNginx } from "./nginx";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface LoadBalancedInstances {
  /** Where browsers reach Slant: nginx. */
  url: string;
  instances: { a: AppServer & { port: number }; b: AppServer & { port: number } };
  /** What nginx's X-Slant-Upstream says for an instance. */
  upstreamOf(name: "a" | "b"): string;
  stop(): Promise<void>;
}

/** The nginx binary `npm test` found or installed; without one, the message it left (the journey fails with it). */
export function nginxBinary(): string {
  const binary = process.env.SLANT_NGINX;
  if (binary) return binary;
  throw new Error(process.env.SLANT_NGINX_PROBLEM ?? "SLANT_NGINX is not set. Run the end-to-end tests with `npm test -- e2e`, which finds or installs nginx.");
}

/**
 * Two instances of the production build on one PostgreSQL (the e2e database) and nginx in front,
 * all on 127.0.0.1. Whatever fails half-way, what was started is stopped again.
 */
export async function startLoadBalancedInstances(): Promise<LoadBalancedInstances> {
  const binary = nginxBinary();
  const [nginxPort, portA, portB] = [await freePort(), await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${nginxPort}`;
  const env = {
    DATABASE_URL: testEnv("DATABASE_URL"),
    AUTH_SECRET: testEnv("AUTH_SECRET"),
    // Browsers use nginx's address, so that is the origin forms and API writes must come from.
    SLANT_ORIGIN: origin,
    SLANT_TRUSTED_PROXIES: "1",
  };
  const started: { process: ChildProcess; stop(): Promise<void> }[] = [];
  // Should the test runner end this worker before the clean-up runs, the children go with it.
  const killAll = () => started.forEach((child) => child.process.kill("SIGKILL"));
  process.once("exit", killAll);
  const stopAll = async () => {
    await Promise.all(started.map((child) => child.stop()));
    process.off("exit", killAll);
  };
  try {
    // Both at once, and both waited for: one that fails must not leave the other running.
    const results = await Promise.allSettled([portA, portB].map((port) => startAppServer({ root, port, env, output: "capture" })));
    for (const result of results) if (result.status === "fulfilled") started.push(result.value);
    for (const result of results) if (result.status === "rejected") throw result.reason;
    const [a, b] = results.map((result, index) => Object.assign((result as PromiseFulfilledResult<AppServer>).value, { port: [portA, portB][index]! }));
    const nginx = await startNginx(binary, { port: nginxPort, upstreams: { a: portA, b: portB } });
    started.push(nginx);
    return {
      url: nginx.url,
      instances: { a: a!, b: b! },
      upstreamOf: (name) => `127.0.0.1:${name === "a" ? portA : portB}`,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
