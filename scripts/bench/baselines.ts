import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { root } from "../lib/bootstrap.mjs";
import { freePort } from "../lib/free-port";
import type { BenchClass } from "./bench-class";

export interface Baseline {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitUntilListening(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited while starting (exit ${child.exitCode}).`);
    const up = await fetch(url, { method: "POST", body: "{}", headers: { "content-type": "application/json" } }).then((r) => r.arrayBuffer().then(() => true), () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not start within 60 s.`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
}

/** The bare node:http + pg save server, on the bench class's submissions. */
export async function startBareSaveServer(databaseUrl: string, bench: BenchClass): Promise<Baseline> {
  const port = await freePort();
  const setup = path.join(await mkdtemp(path.join(os.tmpdir(), "slant-bench-bare-")), "setup.json");
  await writeFile(setup, JSON.stringify({ text: bench.text, submissionByCookie: Object.fromEntries(bench.students.map((s) => [s.cookie, s.submissionId])) }));
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "bare-save-server.ts"), String(port), databaseUrl, setup], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilListening(`${url}/health`, child, "The bare save server");
  return { url, process: child, stop: stopper(child) };
}

const EMPTY_APP = path.join(root, "scripts", "bench", "empty-next");
const EMPTY_BUILD = path.join(root, ".next-bench-empty");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** The empty Next.js route, built once (into .next-bench-empty) and started with `next start`. */
export async function startEmptyNextRoute(): Promise<Baseline> {
  if (!existsSync(path.join(EMPTY_BUILD, "BUILD_ID"))) {
    console.log("› Building the empty Next.js route (once)");
    const build = spawnSync(process.execPath, [nextBin, "build", EMPTY_APP], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("Building the empty Next.js route failed.");
  }
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, "start", EMPTY_APP, "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilListening(`${url}/api/echo`, child, "The empty Next.js route");
  return { url, process: child, stop: stopper(child) };
}
