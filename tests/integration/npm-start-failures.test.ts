import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "@/lib/db/database-url";
import { freePort } from "@/scripts/lib/free-port";
import { testEnv } from "./support/test-env";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs `script` (npm start's, or the server's own) to its end with `env`; its exit code and everything it printed. */
function runToEnd(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  delete childEnv.AUTH_SECRET; // npm start makes and keeps its own
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: root, env: childEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // A case that does not fail as it should is stopped with all it started (a database, an app server).
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Every start-up failure ends with one line: what went wrong and the fix; no stack trace, and no "stopped" for what never started. */
function expectClearFailure(result: { code: number | null; output: string }, prefix: string, ...phrases: string[]) {
  const lines = result.output.trim().split("\n");
  const last = lines.at(-1)!;
  expect(result.code, result.output).toBe(1);
  expect(last.startsWith(prefix), result.output).toBe(true);
  for (const phrase of phrases) expect(last).toContain(phrase);
  expect(result.output).not.toMatch(/^\s+at \S/m);
  expect(result.output).not.toContain("Stopped. Your data is kept");
}

describe("npm start fails with a sentence that says what to do", () => {
  let listener: Server;
  let takenPort: number;
  let stateParent: string;
  const results = new Map<string, { code: number | null; output: string }>();

  beforeAll(async () => {
    listener = createServer();
    takenPort = await new Promise<number>((resolve) => listener.listen(0, () => resolve((listener.address() as { port: number }).port)));
    stateParent = await mkdtemp(path.join(tmpdir(), "slant-failures-"));
    await chmod(stateParent, 0o755);
    const port = String(await freePort());
    const state = (name: string) => path.join(stateParent, name);
    const start = "scripts/start.mjs";
    // All at once: each waits on nothing but its own failure.
    const cases: [string, string, Record<string, string>][] = [
      ["port taken", start, { PORT: String(takenPort), SLANT_STATE_DIR: state("a") }],
      ["database port taken", start, { PORT: port, SLANT_PG_PORT: String(takenPort), SLANT_STATE_DIR: state("b") }],
      ["nothing at DATABASE_URL", start, { PORT: port, DATABASE_URL: `postgresql://slant:secret@127.0.0.1:${await freePort()}/slant` }],
      ["no such database", start, { PORT: port, DATABASE_URL: withDatabase(testEnv("DATABASE_URL"), "slant_no_such_database") }],
      ["a malformed DATABASE_URL", start, { PORT: port, DATABASE_URL: "postgresql://slant:pa:ss@db:port/slant" }],
      ["a state folder that cannot be made", start, { PORT: port, SLANT_PG_PORT: String(await freePort()), SLANT_STATE_DIR: path.join(root, "package.json", "state") }],
      ["no build", "scripts/http-server.mjs", { PORT: port, DATABASE_URL: testEnv("DATABASE_URL"), SLANT_DIST_DIR: ".next-never-built", NODE_ENV: "production" }],
    ];
    const outcomes = await Promise.all(cases.map(([, script, env]) => runToEnd(script, env)));
    cases.forEach(([name], i) => results.set(name, outcomes[i]!));
  }, 90_000);

  afterAll(async () => {
    listener?.close();
    await rm(stateParent, { recursive: true, force: true });
  });

  it("the app's port is taken: set PORT", () => {
    expectClearFailure(results.get("port taken")!, "Slant could not start:", `Port ${takenPort} is already in use`, "set PORT to another port");
  });

  it("the embedded database's port is taken: set SLANT_PG_PORT", () => {
    expectClearFailure(results.get("database port taken")!, "Slant could not start:", `Port ${takenPort}, for the embedded PostgreSQL`, "set SLANT_PG_PORT");
  });

  it("DATABASE_URL points at nothing: start PostgreSQL or correct DATABASE_URL", () => {
    expectClearFailure(results.get("nothing at DATABASE_URL")!, "Slant could not start:", "Nothing accepts connections at 127.0.0.1:", "correct DATABASE_URL");
  });

  it("DATABASE_URL names a database that is not there: create it", () => {
    expectClearFailure(results.get("no such database")!, "Slant could not start:", "has no database slant_no_such_database", "Create it (createdb)");
  });

  it("DATABASE_URL is not a URL: %-escape the password", () => {
    const result = results.get("a malformed DATABASE_URL")!;
    expectClearFailure(result, "  DATABASE_URL: is not a valid URL", "must be %-escaped");
    expect(result.output).toContain("Slant could not start: Invalid environment variables:");
  });

  it("the state folder cannot be written: set SLANT_STATE_DIR", () => {
    expectClearFailure(results.get("a state folder that cannot be made")!, "Slant could not start:", "cannot write", "set SLANT_STATE_DIR to a folder that is");
  });

  it("the server has no build to run: build it", () => {
    expectClearFailure(results.get("no build")!, "Slant's server could not start:", "Could not find a production build", "next build");
  });
});
