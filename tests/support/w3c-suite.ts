import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The W3C Web Annotation Data Model test suite (web-platform-tests' annotation-model data) and
 * its runner, kept in tests/fixtures/w3c-annotation-model with their licence: see its README.
 * The runner counts one result per MUST assertion per object it checks.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const W3C_SUITE_DIR = path.join(ROOT, "tests/fixtures/w3c-annotation-model");

/** MUST assertions per collection, per embedded page, per annotation. */
export const W3C_MUSTS = { collection: 10, page: 15, annotation: 54 };

export interface W3cSuiteResult {
  exitCode: number | null;
  passed: number;
  failed: number;
  /** The runner's FAIL lines. */
  failures: string[];
}

/** Runs the suite on one file, from the project root so that the runner finds the project's ajv 8. */
export function runW3cSuite(file: string): Promise<W3cSuiteResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(W3C_SUITE_DIR, "run.mjs"), file], { cwd: ROOT, encoding: "utf8" }, (error, stdout, stderr) => {
      const last = /^(\d+) passed, (\d+) failed$/m.exec(stdout);
      if (!last) return reject(new Error(`The W3C runner gave no result (${error?.message ?? "no error"}): ${stdout}${stderr}`));
      const exitCode = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ exitCode, passed: Number(last[1]), failed: Number(last[2]), failures: stdout.split("\n").filter((line) => line.startsWith("FAIL")) });
    });
  });
}

/** Runs the suite on a file's bytes (written to a temporary file, removed after). */
export async function runW3cSuiteOn(bytes: Uint8Array | string): Promise<W3cSuiteResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "slant-w3c-"));
  try {
    const file = path.join(dir, "export.jsonld");
    writeFileSync(file, bytes);
    return await runW3cSuite(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
