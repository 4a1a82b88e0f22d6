import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emptySampleExportModel, pseudonymizedSampleExportModel, SAMPLE_ANNOTATIONS, sampleExportModel } from "@/tests/support/sample-export-model";
import { runW3cSuite, runW3cSuiteOn, W3C_MUSTS, W3C_SUITE_DIR, type W3cSuiteResult } from "@/tests/support/w3c-suite";
import { writeJsonLd } from "./write-jsonld";

/** Every file the JSON-LD writer makes passes the W3C Web Annotation suite's MUST assertions (tests/support/w3c-suite.ts). */
describe("the W3C annotation-model suite on every JSON-LD export", () => {
  const ownAnnotations = SAMPLE_ANNOTATIONS.filter((a) => a.readerId === SAMPLE_ANNOTATIONS[0]!.readerId);
  const samples = {
    "the class export (emoji, overlaps, HTML in notes, teacher feedback)": { model: sampleExportModel(), annotations: SAMPLE_ANNOTATIONS.length },
    "the pseudonymised class export": { model: pseudonymizedSampleExportModel(), annotations: SAMPLE_ANNOTATIONS.length },
    "one student's own export": { model: sampleExportModel({ scope: "mine", annotations: ownAnnotations, compare: null }), annotations: ownAnnotations.length },
    "an empty export": { model: emptySampleExportModel(), annotations: 0 },
  };
  const broken = JSON.parse(new TextDecoder().decode(writeJsonLd(sampleExportModel())));
  broken.first.items[0].target.selector[1].start = -5;
  const results = new Map<string, W3cSuiteResult>();

  // Each run loads and compiles the whole suite (seconds on a busy machine): all at once, before the checks.
  beforeAll(async () => {
    const runs = [
      ...Object.entries(samples).map(([name, { model }]) => [name, runW3cSuiteOn(writeJsonLd(model))] as const),
      ["broken", runW3cSuiteOn(JSON.stringify(broken))] as const,
      ["bad", runW3cSuite(path.join(W3C_SUITE_DIR, "fixtures/bad.jsonld"))] as const,
      ["good", runW3cSuite(path.join(W3C_SUITE_DIR, "fixtures/good.jsonld"))] as const,
    ];
    for (const [name, run] of runs) results.set(name, await run);
  }, 180_000);

  for (const [name, { annotations }] of Object.entries(samples)) {
    it(`${name}: zero MUST failures, every annotation checked`, () => {
      const result = results.get(name)!;
      expect(result.failures).toEqual([]);
      expect(result).toMatchObject({ exitCode: 0, failed: 0 });
      expect(result.passed).toBe(W3C_MUSTS.collection + (annotations > 0 ? W3C_MUSTS.page : 0) + W3C_MUSTS.annotation * annotations);
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
