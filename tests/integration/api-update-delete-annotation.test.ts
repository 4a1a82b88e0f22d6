import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, locatePhrase } from "@/prisma/seed/factories";
import { ANNOTATION_KEYS, expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture, type Person } from "./support/class-fixture";
import { expectNothingChanged, openTestDatabase } from "./support/database";
import type { HttpSession } from "../support/http-session";

let db: PrismaClient;
let fx: ClassFixture;
let studentA1: HttpSession;
let studentA2: HttpSession;
let teacherA: HttpSession;
let studentB: HttpSession;
let teacherB: HttpSession;

const annotationPath = (id: string) => `/api/annotations/${id}`;

/** A fresh annotation by `who` (student A1 unless said), so each test starts from a known row. */
async function seedAnnotation(options: { who?: Person; assignmentId?: string; phrase?: string; tag?: string; note?: string } = {}) {
  const phrase = options.phrase ?? "a disastrous loss of green space";
  return createAnnotationRecord(db, {
    assignmentId: options.assignmentId ?? fx.assignmentA.id,
    userId: (options.who ?? fx.studentA1).id,
    text: fx.article.text,
    ...locatePhrase(fx.article.text, phrase),
    tag: options.tag ?? "opinion",
    note: options.note,
  });
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "update");
  ({ studentA1, studentA2, teacherA, studentB, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("PATCH /api/annotations/{id}", () => {
  it("the author changes the tag: 200 with the whole record, the span untouched and updatedAt moved on", async () => {
    const row = await seedAnnotation({ note: "Sounds like opinion." });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const response = await studentA1.patch<AnnotationBody>(annotationPath(row.id), { tag: "loaded_language" });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(ANNOTATION_KEYS);
    expect(response.body).toMatchObject({
      id: row.id,
      start: row.start,
      end: row.end,
      exact: "a disastrous loss of green space",
      prefix: row.prefix,
      suffix: row.suffix,
      tag: "loaded_language",
      note: "Sounds like opinion.",
      createdAt: row.createdAt.toISOString(),
    });
    expect(Date.parse(response.body.updatedAt)).toBeGreaterThan(row.updatedAt.getTime());
    expect(await db.annotation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ tag: "loaded_language", note: "Sounds like opinion." });
  });

  it("the author changes the note, and the list shows the change", async () => {
    const row = await seedAnnotation();
    const response = await studentA1.patch<AnnotationBody>(annotationPath(row.id), { note: "“Disastrous” is a judgement,\r\nnot a fact." });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ tag: "opinion", note: "“Disastrous” is a judgement,\nnot a fact." });
    const listed = await studentA1.get<AnnotationBody[]>(`/api/assignments/${fx.assignmentA.id}/annotations`);
    expect(listed.body.find((a) => a.id === row.id)?.note).toBe("“Disastrous” is a judgement,\nnot a fact.");
  });

  it("the author changes tag and note together", async () => {
    const row = await seedAnnotation();
    const response = await studentA1.patch<AnnotationBody>(annotationPath(row.id), { tag: "quote", note: "Opponents' words." });
    expect({ status: response.status, tag: response.body.tag, note: response.body.note }).toEqual({ status: 200, tag: "quote", note: "Opponents' words." });
  });

  it("note null, or a note of only white space, removes the note", async () => {
    const row = await seedAnnotation({ note: "First thought." });
    const cleared = await studentA1.patch<AnnotationBody>(annotationPath(row.id), { note: null });
    expect({ status: cleared.status, note: cleared.body.note }).toEqual({ status: 200, note: null });
    await studentA1.patch(annotationPath(row.id), { note: "Second thought." });
    const blank = await studentA1.patch<AnnotationBody>(annotationPath(row.id), { note: "   " });
    expect({ status: blank.status, note: blank.body.note }).toEqual({ status: 200, note: null });
    expect((await db.annotation.findUniqueOrThrow({ where: { id: row.id } })).note).toBeNull();
  });

  it("a tag must be one of the assignment's own tags", async () => {
    const row = await seedAnnotation({ assignmentId: fx.assignmentA2.id, tag: "loaded_language" });
    expect((await studentA1.patch(annotationPath(row.id), { tag: "evidence" })).status).toBe(200);
    const response = await expectNothingChanged(db, () => studentA1.patch(annotationPath(row.id), { tag: "opinion" }));
    expectError(response, 422, "validation_failed");
  });

  it.each<[string, unknown]>([
    ["an empty body {}", {}],
    ["an unknown tag", { tag: "propaganda" }],
    ["a null tag", { tag: null }],
    ["an empty tag", { tag: "" }],
    ["a note over 2000 characters", { note: "n".repeat(2001) }],
    ["a note with HTML", { note: "<script>alert(1)</script>" }],
    ["a note with a NUL character", { note: "a\u0000b" }],
    ["moving the span", { start: 0, end: 9 }],
    ["a new tag plus an unknown field", { tag: "quote", colour: "red" }],
    ["an array", [{ tag: "quote" }]],
  ])("%s is 422 validation_failed and changes nothing", async (_what, body) => {
    const row = await seedAnnotation();
    const response = await expectNothingChanged(db, () =>
      studentA1.patch(annotationPath(row.id), undefined, { raw: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    );
    expectError(response, 422, "validation_failed");
  });

  it("malformed JSON is 400 malformed_json and changes nothing", async () => {
    const row = await seedAnnotation();
    const response = await expectNothingChanged(db, () =>
      studentA1.patch(annotationPath(row.id), undefined, { raw: '{"tag": "quote"', headers: { "content-type": "application/json" } }),
    );
    expectError(response, 400, "malformed_json");
  });

  it("a body over 16 KB is 413 and changes nothing", async () => {
    const row = await seedAnnotation();
    const response = await expectNothingChanged(db, () => studentA1.patch(annotationPath(row.id), { note: "x".repeat(17 * 1024) }));
    expectError(response, 413, "payload_too_large");
  });

  it("a classmate cannot change the annotation: 404, as if it did not exist, and nothing changes", async () => {
    const row = await seedAnnotation();
    const missing = expectError(await studentA2.patch(annotationPath(crypto.randomUUID()), { tag: "quote" }), 404, "not_found");
    const response = await expectNothingChanged(db, () => studentA2.patch(annotationPath(row.id), { tag: "quote" }));
    expect(expectError(response, 404, "not_found")).toEqual(missing);
  });

  it("the class's teacher cannot change a student's annotation: 403, and nothing changes", async () => {
    const row = await seedAnnotation();
    const response = await expectNothingChanged(db, () => teacherA.patch(annotationPath(row.id), { note: "Teacher was here." }));
    expectError(response, 403, "forbidden");
  });

  it("another class's student and teacher get 404, and nothing changes", async () => {
    const row = await seedAnnotation();
    expectError(await expectNothingChanged(db, () => studentB.patch(annotationPath(row.id), { tag: "quote" })), 404, "not_found");
    expectError(await expectNothingChanged(db, () => teacherB.patch(annotationPath(row.id), { tag: "quote" })), 404, "not_found");
  });

  it("a malformed or unknown annotation id is 404, never 500", async () => {
    expectError(await studentA1.patch(annotationPath("not-an-id"), { tag: "quote" }), 404, "not_found");
    expectError(await studentA1.patch(annotationPath(crypto.randomUUID()), { tag: "quote" }), 404, "not_found");
  });

  it("handed-in work cannot be edited: 409 and nothing changes", async () => {
    const row = await seedAnnotation({ who: fx.studentA2, assignmentId: fx.assignmentA2.id, tag: "evidence" });
    await db.submission.update({ where: { id: row.submissionId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const response = await expectNothingChanged(db, () => studentA2.patch(annotationPath(row.id), { tag: "loaded_language" }));
    expectError(response, 409, "work_submitted");
  });
});

describe("DELETE /api/annotations/{id}", () => {
  it("the author deletes an annotation: 204 with no body, the row is gone and the list no longer shows it", async () => {
    const row = await seedAnnotation({ phrase: "rigged from the start" });
    const keep = await seedAnnotation({ phrase: "naïve hopes" });
    const response = await studentA1.delete(annotationPath(row.id));
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect(await db.annotation.findUnique({ where: { id: row.id } })).toBeNull();
    const listed = await studentA1.get<AnnotationBody[]>(`/api/assignments/${fx.assignmentA.id}/annotations`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((a) => a.id)).not.toContain(row.id);
    expect(listed.body.map((a) => a.id)).toContain(keep.id);
    const classView = await teacherA.get<AnnotationBody[]>(`/api/assignments/${fx.assignmentA.id}/annotations?scope=class`);
    expect(classView.body.map((a) => a.id)).not.toContain(row.id);
  });

  it("deleting it again is 404", async () => {
    const row = await seedAnnotation();
    expect((await studentA1.delete(annotationPath(row.id))).status).toBe(204);
    expectError(await studentA1.delete(annotationPath(row.id)), 404, "not_found");
  });

  it("a classmate cannot delete the annotation: 404 and it stays", async () => {
    const row = await seedAnnotation();
    expectError(await expectNothingChanged(db, () => studentA2.delete(annotationPath(row.id))), 404, "not_found");
    expect(await db.annotation.findUnique({ where: { id: row.id } })).not.toBeNull();
  });

  it("the class's teacher cannot delete a student's annotation: 403 and it stays", async () => {
    const row = await seedAnnotation();
    expectError(await expectNothingChanged(db, () => teacherA.delete(annotationPath(row.id))), 403, "forbidden");
    expect(await db.annotation.findUnique({ where: { id: row.id } })).not.toBeNull();
  });

  it("another class's student and teacher get 404 and it stays", async () => {
    const row = await seedAnnotation();
    expectError(await expectNothingChanged(db, () => studentB.delete(annotationPath(row.id))), 404, "not_found");
    expectError(await expectNothingChanged(db, () => teacherB.delete(annotationPath(row.id))), 404, "not_found");
  });

  it("a malformed or unknown annotation id is 404, never 500, and nothing is deleted", async () => {
    expectError(await expectNothingChanged(db, () => studentA1.delete(annotationPath("1 OR 1=1"))), 404, "not_found");
    expectError(await expectNothingChanged(db, () => studentA1.delete(annotationPath(crypto.randomUUID()))), 404, "not_found");
  });

  it("handed-in work cannot lose annotations: 409 and it stays", async () => {
    const row = await seedAnnotation({ who: fx.studentB, assignmentId: fx.assignmentB.id });
    await db.submission.update({ where: { id: row.submissionId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    expectError(await expectNothingChanged(db, () => studentB.delete(annotationPath(row.id))), 409, "work_submitted");
  });
});
