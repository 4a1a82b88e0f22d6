import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/lib/free-port";
import { signIn } from "../support/http-session";
import { npmStart, postgresRunningIn, signalGroup, waitForOutput, type StartedSlant } from "./support/npm-start";

const root = path.resolve(import.meta.dirname, "../..");
const PASSWORD = "start-test-password";

describe("npm start without DATABASE_URL", () => {
  let stateDir: string;
  let port: number;
  let env: Record<string, string>;
  let first: StartedSlant | undefined;
  let second: StartedSlant | undefined;
  let third: StartedSlant | undefined;

  beforeAll(async () => {
    stateDir = await mkdtemp(path.join(tmpdir(), "slant-start-"));
    await chmod(stateDir, 0o755); // like a project folder; mkdtemp makes it private
    port = await freePort();
    env = { SLANT_STATE_DIR: stateDir, PORT: String(port), SLANT_PG_PORT: String(await freePort()), SLANT_DEMO_PASSWORD: PASSWORD };
  });

  afterAll(async () => {
    for (const started of [first, second, third]) {
      if (started && started.child.exitCode === null) await signalGroup(started, "SIGINT");
    }
    await rm(stateDir, { recursive: true, force: true });
  });

  it("starts the embedded database, seeds the demo class, serves, and prints the URL and sign-ins", async () => {
    first = npmStart(root, env);
    await waitForOutput(first, "Press Ctrl-C to stop.");
    const output = first.output();
    expect(output).toContain(`Slant is running at http://localhost:${port}`);
    expect(output).toContain("Added the demo class");
    for (const email of ["teacher@example.org", "student1@example.org", "student4@example.org"]) expect(output).toContain(email);
    expect(output).not.toContain(PASSWORD); // a password set by the operator is not echoed
    expect((await stat(path.join(stateDir, "auth-secret"))).mode & 0o777).toBe(0o600);

    const health = await fetch(`http://localhost:${port}/api/health`);
    expect(await health.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("Ctrl-C stops the app and the database, and the next start keeps the data", async () => {
    const student = await signIn("student1@example.org", PASSWORD, `http://localhost:${port}`);
    const [assignment] = (await student.get<{ id: string }[]>("/api/assignments")).body;
    const saved = await student.post<{ id: string }>(`/api/assignments/${assignment!.id}/annotations`, { start: 0, end: 13, tag: "quote" });
    expect(saved.status).toBe(201);

    expect(await signalGroup(first!, "SIGINT")).toBe(130); // the shell's code for "stopped by Ctrl-C"
    expect(first!.output()).toContain("Stopped. Your data is kept");
    expect(postgresRunningIn(stateDir)).toBe(false);
    await expect(fetch(`http://localhost:${port}/api/health`)).rejects.toThrow();

    second = npmStart(root, env);
    await waitForOutput(second, "Press Ctrl-C to stop.");
    expect(second.output()).not.toContain("Added the demo class");
    // The same AUTH_SECRET: the session cookie from before the restart still works.
    const after = await student.get<{ id: string; exact: string }[]>(`/api/assignments/${assignment!.id}/annotations`);
    expect(after.status).toBe(200);
    expect(after.body.map((a) => [a.id, a.exact])).toEqual([[saved.body.id, "Sergey Lavrov"]]);

    expect(await signalGroup(second, "SIGINT")).toBe(130);
    expect(postgresRunningIn(stateDir)).toBe(false);
  });

  it("SIGTERM to npm itself, whose shell does not pass it on: Slant notices and stops the app and the database", async () => {
    third = npmStart(root, env, "npm");
    await waitForOutput(third, "Press Ctrl-C to stop.");
    process.kill(third.child.pid!, "SIGTERM"); // npm only, as `kill <pid>` or a container's stop does
    const deadline = Date.now() + 20_000;
    while (postgresRunningIn(stateDir) || (await fetch(`http://localhost:${port}/api/health`).then(() => true, () => false))) {
      expect(Date.now(), `still running 20 s after npm was stopped:\n${third.output()}`).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(third.output()).toContain("The process that started Slant has gone");
  });
});
