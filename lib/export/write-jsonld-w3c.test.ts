import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptySampleExportModel, pseudonymizedSampleExportModel, SAMPLE_ANNOTATIONS, sampleExportModel } from "@/tests/support/sample-export-model";
import { writeJsonLd } from "./write-jsonld";

/**
 * Every file the JSON-LD writer makes is checked with the W3C Web Annotation Data Model test
 * suite (web-platform-tests' annotation-model data, kept with its licence and runner in
 * tests/fixtures/w3c-annotation-model: see its README). The runner counts one result per MUST
 * assertion per object: 10 for the collection, 15 for its embedded page, 54 per annotation.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SUITE = path.join(ROOT, "tests/fixtures/w3c-annotation-model");
const work = mkdtempSync(path.join(tmpdir(), "slant-w3c-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface SuiteResult {
  exitCode: number | null;
  passed: number;
  failed: number;
  failures: string[];
}

/** Runs the suite's runner on one file, from the project root so that it finds the project's ajv 8. */
function runSuite(file: string): Promise<SuiteResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(SUITE, "run.mjs"), file], { cwd: ROOT, encoding: "utf8" }, (error, stdout, stderr) => {
      const last = /^(\d+) passed, (\d+) failed$/m.exec(stdout);
      if (!last) return reject(new Error(`The W3C runner gave no result (${error?.message ?? "no error"}): ${stdout}${stderr}`));
      const exitCode = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ exitCode, passed: Number(last[1]), failed: Number(last[2]), failures: stdout.split("\n").filter((line) => line.startsWith("FAIL")) });
    });
  });
}

function runOnExport(name: string, bytes: Uint8Array): Promise<SuiteResult> {
  const file = path.join(work, `${name}.jsonld`);
  writeFileSync(file, bytes);
  return runSuite(file);
}

const MUSTS = { collection: 10, page: 15, annotation: 54 };

describe("the W3C annotation-model suite on every JSON-LD export", () => {
  const samples = {
    "the class export (emoji, overlaps, HTML in notes, teacher feedback)": { model: sampleExportModel(), annotations: SAMPLE_ANNOTATIONS.length },
    "the pseudonymised class export": { model: pseudonymizedSampleExportModel(), annotations: SAMPLE_ANNOTATIONS.length },
    "one student's own export": {
      model: sampleExportModel({ scope: "mine", annotations: SAMPLE_ANNOTATIONS.filter((a) => a.readerId === SAMPLE_ANNOTATIONS[0]!.readerId), compare: null }),
      annotations: SAMPLE_ANNOTATIONS.filter((a) => a.readerId === SAMPLE_ANNOTATIONS[0]!.readerId).length,
    },
    "an empty export": { model: emptySampleExportModel(), annotations: 0 },
  };

  const broken = JSON.parse(new TextDecoder().decode(writeJsonLd(sampleExportModel())));
  broken.first.items[0].target.selector[1].start = -5;
  const results = new Map<string, SuiteResult>();

  // Each run loads and compiles the whole suite (a few seconds on a busy machine): all at once, before the checks.
  beforeAll(async () => {
    const runs = [
      ...Object.entries(samples).map(([name, { model }]) => [name, runOnExport(name.replace(/\W+/g, "-"), writeJsonLd(model))] as const),
      ["broken", runOnExport("broken", new TextEncoder().encode(JSON.stringify(broken)))] as const,
      ["bad", runSuite(path.join(SUITE, "fixtures/bad.jsonld"))] as const,
      ["good", runSuite(path.join(SUITE, "fixtures/good.jsonld"))] as const,
    ];
    for (const [name, run] of runs) results.set(name, await run);
  }, 180_000);

  for (const [name, { annotations }] of Object.entries(samples)) {
    it(`${name}: zero MUST failures, every annotation checked`, () => {
      const result = results.get(name)!;
      expect(result.failures).toEqual([]);
      expect(result).toMatchObject({ exitCode: 0, failed: 0 });
      expect(result.passed).toBe(MUSTS.collection + (annotations > 0 ? MUSTS.page : 0) + MUSTS.annotation * annotations);
    });
  }

  it("the runner fails what it should: the suite's own bad file has six MUST failures, its good file none", () => {
    const bad = results.get("bad")!;
    expect(bad).toMatchObject({ exitCode: 1, passed: 264, failed: 6 });
    expect(bad.failures.join("\n")).toMatch(/missing @context/);
    expect(results.get("good")).toMatchObject({ exitCode: 0, passed: 133, failed: 0 });
  });

  it("a broken export fails it too: a TextPositionSelector with a negative start", () => {
    const result = results.get("broken")!;
    expect(result.exitCode).toBe(1);
    expect(result.failures.join("\n")).toMatch(/Text Position/);
  });
});
