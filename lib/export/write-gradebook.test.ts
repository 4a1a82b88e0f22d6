import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { labelledSpanScores, type Span } from "@/lib/compare/span-scores";
import { SAMPLE_TEXT, sampleExportModel } from "@/tests/support/sample-export-model";
import type { ExportModel, ExportReader } from "./export-model";
import { writeGradebook } from "./write-gradebook";

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const rowsOf = (bytes: Uint8Array) => parse(decode(bytes).slice(1)) as string[][];

const at = (phrase: string, tag: string): Span => ({ start: SAMPLE_TEXT.indexOf(phrase), end: SAMPLE_TEXT.indexOf(phrase) + phrase.length, tag });
/** The teacher's key for the sample: one quote, one loaded phrase, one claim. */
const KEY: Span[] = [at("«триумфом»", "quote"), at("reckless giveaway", "loaded_language"), at("64% of residents support the plan", "factual_claim")];

const NOT_STARTED: ExportReader = { id: "7f1c0a52-3333-4000-8000-000000000003", name: "=cmd|' /C calc'!A0", role: "student", status: "not started", submittedAt: null, late: false, returnedAt: null, score: null, overallComment: null };
const KEY_READER: ExportReader = { id: "answer-key", name: "Answer key", role: "key", status: "submitted", submittedAt: null, late: false, returnedAt: null, score: null, overallComment: null };

/** The sample class with a student who has not started, the key's reader, a tag whose label starts a formula, and scores against KEY. */
function gradedModel(): ExportModel {
  const base = sampleExportModel();
  const tags = [...DEFAULT_TAGS, { id: "spin", label: "-Spin", color: "pink" as const, requiresNote: false }];
  const readers = [...base.readers, NOT_STARTED, KEY_READER];
  const students = readers.filter((r) => r.role === "student");
  const scores = Object.fromEntries(
    students.map((r) => [r.id, labelledSpanScores(base.annotations.filter((a) => a.readerId === r.id), KEY, tags.map((t) => t.id))]),
  );
  return { ...base, tags, readers, scores };
}

describe("writeGradebook", () => {
  const model = gradedModel();
  const bytes = writeGradebook(model);
  const [header, ...rows] = rowsOf(bytes);
  const column = (name: string) => header!.indexOf(name);
  const rowOf = (name: string) => rows.find((r) => r[0] === name)!;

  it("starts with a byte-order mark and has one header row and one row per student, the key's reader left out", () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows.map((r) => r[0])).toEqual(["Amara <b>Okafor</b>", "Léo Brandt", "'=cmd|' /C calc'!A0"]);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([header!.length]));
  });

  it("counts highlights per tag and notes written, and says status, hand-in, lateness, return and score", () => {
    expect(header!.slice(0, 10)).toEqual(["student", "status", "highlights", "Quote highlights", "Opinion highlights", "Loaded language highlights", "Factual claim highlights", "'-Spin highlights", "notes written", "submitted at (UTC)"]);
    const amara = rowOf("Amara <b>Okafor</b>");
    expect(amara.slice(1, 13)).toEqual(["returned", "5", "2", "1", "1", "1", "0", "2", "2031-03-13 09:00", "no", "2031-03-15 10:00", "8"]);
    expect(amara[column("score out of")]).toBe("10");
    const unscaled = rowsOf(writeGradebook({ ...model, assignment: { ...model.assignment, scoreOutOf: null } }));
    expect(unscaled[1]![unscaled[0]!.indexOf("score out of")]).toBe("");
    expect(rowOf("Léo Brandt").slice(1, 13)).toEqual(["draft", "3", "0", "2", "1", "0", "0", "3", "", "", "", ""]);
    expect(rowOf("'=cmd|' /C calc'!A0").slice(1, 13)).toEqual(["not started", "0", "0", "0", "0", "0", "0", "0", "", "", "", ""]);
    const late = rowsOf(writeGradebook({ ...model, readers: [{ ...model.readers[0]!, late: true }] }))[1]!;
    expect(late[column("late")]).toBe("yes");
  });

  it("gives precision, recall and F1 against the key, overall and per tag, as spanScores computes them, as plain numbers to three decimals", () => {
    expect(header!.slice(column("score out of") + 1, column("score out of") + 7)).toEqual(["precision vs key (0-1)", "recall vs key (0-1)", "F1 vs key (0-1)", "Quote precision (0-1)", "Quote recall (0-1)", "Quote F1 (0-1)"]);
    for (const student of model.readers.filter((r) => r.role === "student")) {
      const row = rows.find((r) => r[0]!.endsWith(student.name))!;
      const expected = model.scores![student.id]!;
      expect(Number(row[column("F1 vs key (0-1)")])).toBeCloseTo(expected.overall.f1, 3);
      expect(Number(row[column("precision vs key (0-1)")])).toBeCloseTo(expected.overall.precision, 3);
      expect(Number(row[column("Loaded language F1 (0-1)")])).toBeCloseTo(expected.byTag.loaded_language!.f1, 3);
      for (const cell of row.slice(column("score out of") + 1)) expect(cell).toMatch(/^(0|1)(\.\d{1,3})?$/);
    }
    // Amara's loaded "a reckless giveaway" holds the key's "reckless giveaway" (P = 17/19, R = 1), so her loaded-language F1 is 2·(17/19)/(17/19 + 1) = 34/36.
    expect(rowOf("Amara <b>Okafor</b>")[column("Loaded language F1 (0-1)")]).toBe("0.944");
    expect(rowOf("'=cmd|' /C calc'!A0")[column("F1 vs key (0-1)")]).toBe("0");
  });

  it("leaves the key's columns out when there is no key", () => {
    const [plain] = rowsOf(writeGradebook(sampleExportModel()));
    expect(plain!.at(-1)).toBe("score out of");
    expect(plain!.some((h) => h.includes("F1"))).toBe(false);
  });

  it("neutralises every cell a spreadsheet would run as a formula, headers too", () => {
    for (const cell of [header!, ...rows].flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("is the same bytes for the same model", () => {
    expect(Buffer.from(writeGradebook(gradedModel())).equals(Buffer.from(bytes))).toBe(true);
  });
});
