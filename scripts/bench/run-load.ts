import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { LoadResult } from "./load-generator";
import type { LoadPlan } from "./workload";

/** Runs one plan in a separate load-generator process and returns what it measured. */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "slant-bench-"));
  const file = path.join(dir, "plan.json");
  // The save path goes over as a pattern: functions do not cross processes.
  const savePath = plan.savePath?.({ cookie: "", assignmentId: "{assignmentId}" });
  await writeFile(file, JSON.stringify({ ...plan, savePath }));
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "load-generator.ts"), file], { stdio: ["ignore", "pipe", "inherit"] });
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
      child.once("exit", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`The load generator exited with ${code}.`))));
    });
    return JSON.parse(output.trim().split("\n").at(-1)!) as LoadResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
