import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, createAssignment, locatePhrase, submitWork } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { expectNothingChanged, openTestDatabase } from "./support/database";

/**
 * Who may export what, whatever the format: every scope through one model built behind the
 * policy and the reveal (CSV read back here; each format's own file tests its layout).
 */
let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let teacherB: HttpSession;
let studentA1: HttpSession;
let studentA2: HttpSession;
let studentB: HttpSession;

const url = (id: string, query: string) => `/api/assignments/${id}/export?${query}`;
const rowsOf = (bytes: Uint8Array) => parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, "")) as string[][];

/** A fresh assignment of class A: A1 and A2 have highlighted, A2 has handed in and got a verdict, the teacher has a key. */
async function exerciseWithWork(settings: { revealPolicy?: "ALWAYS" | "AFTER_SUBMIT" | "MANUAL"; showClassmateNames?: boolean } = {}) {
  const assignment = await createAssignment(db, { classId: fx.classA.id, articleVersionId: fx.article.versionId, title: `Export ${randomBytes(3).toString("hex")}`, ...settings });
  const mark = (userId: string, phrase: string, tag: string, note?: string) =>
    createAnnotationRecord(db, { assignmentId: assignment.id, userId, text: fx.article.text, ...locatePhrase(fx.article.text, phrase), tag, note });
  await mark(fx.studentA1.id, "a triumph for common sense", "quote", "The mayor's words.");
  const a2 = await mark(fx.studentA2.id, "rigged from the start", "loaded_language", "=cmd|' /C calc'!A0");
  await submitWork(db, assignment.id, fx.studentA2.id);
  await db.annotationFeedback.create({ data: { annotationId: a2.id, authorId: fx.teacherA.id, verdict: "AGREE", comment: "Yes: loaded." } });
  const key = await mark(fx.teacherA.id, "64% of residents support the plan", "factual_claim");
  await db.assignment.update({ where: { id: assignment.id }, data: { answerKeySubmissionId: key.submissionId } });
  return assignment.id;
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "export");
  ({ teacherA, teacherB, studentA1, studentA2, studentB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments/{id}/export", () => {
  it("gives the teacher the whole class as a CSV download named after the assignment, scope and date", async () => {
    const id = await exerciseWithWork();
    const file = await teacherA.download(url(id, "format=csv&scope=class"));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="export-[0-9a-f]{6}-class-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/);
    const rows = rowsOf(file.bytes);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[6]])).toEqual([
      ["Amara Okafor", "a triumph for common sense", ""],
      ["Leo Brandt", "rigged from the start", "agree"],
    ]);
    expect(rows[2]![5]).toBe("'=cmd|' /C calc'!A0");
  });

  it("gives a student their own work, without the teacher's verdicts until the work is returned", async () => {
    const id = await exerciseWithWork();
    const own = rowsOf((await studentA2.download(url(id, "format=csv"))).bytes);
    expect(own.slice(1).map((r) => [r[0], r[4], r[6], r[7]])).toEqual([["Leo Brandt", "rigged from the start", "", ""]]);
    await db.submission.update({ where: { assignmentId_userId: { assignmentId: id, userId: fx.studentA2.id } }, data: { returnedAt: new Date() } });
    const returned = rowsOf((await studentA2.download(url(id, "format=csv&scope=mine"))).bytes);
    expect(returned.slice(1).map((r) => [r[6], r[7]])).toEqual([["agree", "Yes: loaded."]]);
  });

  it("refuses a student another student's work, the key, and the class before the reveal, changing nothing", async () => {
    const id = await exerciseWithWork({ revealPolicy: "AFTER_SUBMIT" });
    for (const query of [`format=csv&scope=student&student=${fx.studentA2.id}`, "format=csv&scope=key", "format=csv&scope=class"]) {
      const refused = await expectNothingChanged(db, () => studentA1.get(url(id, query)));
      expectError(refused, 403, "forbidden");
      expect(refused.text).not.toContain("rigged from the start");
    }
  });

  it("gives a student the class after the reveal, classmates under pseudonyms when names are hidden, and no verdicts", async () => {
    const id = await exerciseWithWork({ revealPolicy: "ALWAYS", showClassmateNames: false });
    const file = await studentA1.download(url(id, "format=csv&scope=class"));
    expect(file.status).toBe(200);
    const text = new TextDecoder().decode(file.bytes);
    expect(text).not.toContain("Leo");
    expect(text).not.toContain("Brandt");
    const rows = rowsOf(file.bytes);
    // Only submitted work is shared with students: Leo's, under a pseudonym, without the teacher's verdict.
    expect(rows.slice(1).map((r) => [r[0], r[4], r[6]])).toEqual([[expect.stringMatching(/^Classmate [0-9A-F]{4}$/), "rigged from the start", ""]]);
  });

  it("pseudonymize=1: Reader 1, Reader 2 (in an order that is not the names'), and no name or email of anyone in the file", async () => {
    const id = await exerciseWithWork();
    const file = await teacherA.download(url(id, "format=csv&scope=class&pseudonymize=1"));
    const text = new TextDecoder().decode(file.bytes);
    expect(rowsOf(file.bytes).slice(1).map((r) => r[0]).sort()).toEqual(["Reader 1", "Reader 2"]);
    for (const person of [fx.teacherA, fx.studentA1, fx.studentA2]) {
      for (const trace of [person.name, person.email, person.id, ...person.name.split(" ")]) expect(text).not.toContain(trace);
    }
  });

  it("exports the key and one student for the teacher; 404 for a student outside the class, another teacher, another class's student", async () => {
    const id = await exerciseWithWork();
    expect(rowsOf((await teacherA.download(url(id, "format=csv&scope=key"))).bytes).slice(1).map((r) => [r[0], r[4]])).toEqual([["Answer key", "64% of residents support the plan"]]);
    expect(rowsOf((await teacherA.download(url(id, `format=csv&scope=student&student=${fx.studentA1.id}`))).bytes).slice(1).map((r) => r[4])).toEqual(["a triumph for common sense"]);
    expectError(await teacherA.get(url(id, `format=csv&scope=student&student=${fx.studentB.id}`)), 404, "not_found");
    expectError(await teacherB.get(url(id, "format=csv&scope=class")), 404, "not_found");
    expectError(await studentB.get(url(id, "format=csv")), 404, "not_found");
  });

  it("refuses unknown formats, a student without scope=student and a bad student id with 422", async () => {
    const id = await exerciseWithWork();
    for (const query of ["format=exe", "scope=class", "format=csv&scope=student", `format=csv&scope=class&student=${fx.studentA1.id}`, "format=csv&scope=student&student=nobody", "format=csv&pseudonymize=yes"]) {
      expectError(await teacherA.get(url(id, query)), 422, "validation_failed");
    }
    expectError(await studentA2.get(url(id, "format=csv&scope=everything")), 422, "validation_failed");
  });
});
