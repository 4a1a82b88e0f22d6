import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CrashCounts } from "@/scripts/lib/crash-counts";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs `npm run crash-test` as a person would (its own throw-away database on DATABASE_URL's server); its exit code and output. */
function runCrashTest(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/crash-test.ts"], { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

describe("npm run crash-test", () => {
  it("kills the server with SIGKILL while 50 students save: every acknowledged save is stored once, and after the retries every intended one", async () => {
    const { code, output } = await runCrashTest();
    const line = output.split("\n").find((text) => text.startsWith("crash-test result "));
    expect(line, output).toBeDefined();
    const counts = CrashCounts.parse(JSON.parse(line!.slice("crash-test result ".length)));
    console.log(`crash test: ${line}`);

    // The kill came mid-run: saves had been acknowledged before it and were in flight at it,
    // and the restarted server took more.
    expect(counts.acknowledgedBeforeKill).toBeGreaterThanOrEqual(50);
    expect(counts.inFlightAtKill).toBeGreaterThan(0);
    expect(counts.sent).toBeGreaterThan(counts.acknowledgedBeforeKill + counts.inFlightAtKill);
    // Nothing acknowledged was lost, nothing was stored twice, nothing was refused.
    expect(counts).toMatchObject({ acknowledgedMissing: 0, duplicates: 0, strays: 0, refused: 0 });
    // After the retries, every highlight made is acknowledged and stored.
    expect(counts.acknowledged).toBe(counts.sent);
    expect(counts.found).toBe(counts.sent);
    expect(counts.missing).toBe(0);
    expect(counts.ok).toBe(true);
    expect(code, output).toBe(0);
  }, 120_000);
});
