import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationBatchDto, BATCH_MAX_OPERATIONS } from "@/lib/annotations/batch-schemas";
import { AnnotationDto } from "@/lib/annotations/schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture, type Person } from "./support/class-fixture";
import { expectNothingChanged, openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let studentA1: HttpSession;
let studentA2: HttpSession;
let teacherB: HttpSession;

const batchPath = (assignmentId = fx.assignmentA.id) => `/api/assignments/${assignmentId}/annotations/batch`;
const at = (phrase: string) => locatePhrase(fx.article.text, phrase);

async function sendBatch(session: HttpSession, operations: unknown[], assignmentId?: string) {
  const response = await session.post(batchPath(assignmentId), { operations });
  expect(response.status, response.text).toBe(200);
  return AnnotationBatchDto.parse(response.body).results;
}

function seedAnnotation(who: Person, phrase: string, note?: string) {
  return createAnnotationRecord(db, { assignmentId: fx.assignmentA.id, userId: who.id, text: fx.article.text, ...at(phrase), tag: "opinion", note });
}

const rowsOf = (who: Person, assignmentId = fx.assignmentA.id) =>
  db.annotation.findMany({ where: { submission: { userId: who.id, assignmentId } }, orderBy: { start: "asc" } });

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "batch");
  ({ studentA1, studentA2, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("POST /api/assignments/{id}/annotations/batch", () => {
  it("saves a queue of 50 waiting highlights in one request, and the same batch sent again changes nothing", async () => {
    const [assignmentId, who] = [fx.assignmentA2.id, fx.studentA2];
    const words = fx.article.text.split(/(\s+)/);
    const operations: { op: "create"; id: string; start: number; end: number; tag: string }[] = [];
    for (let i = 0, offset = 0; i < words.length && operations.length < 50; offset += words[i]!.length, i++) {
      if (words[i]!.trim() !== "") operations.push({ op: "create", id: randomUUID(), start: offset, end: offset + words[i]!.length, tag: "loaded_language" });
    }
    expect(operations).toHaveLength(50);

    const first = await sendBatch(studentA2, operations, assignmentId);
    expect(first.map((r) => [r.id, r.status])).toEqual(operations.map((op) => [op.id, 201]));
    expect(first.map((r) => r.annotation!.exact)).toEqual(operations.map((op) => fx.article.text.slice(op.start, op.end)));

    // The first reply was lost: the client sends it all again with the same ids.
    const replay = await sendBatch(studentA2, operations, assignmentId);
    expect(replay.map((r) => r.status)).toEqual(operations.map(() => 200));
    const stored = await rowsOf(who, assignmentId);
    expect(stored.map((row) => row.id).sort()).toEqual(operations.map((op) => op.id).sort());
  });

  it("applies a create, an edit of it and a delete of another in the order they were made", async () => {
    const older = await seedAnnotation(fx.studentA1, "rigged from the start");
    const id = randomUUID();
    const results = await sendBatch(studentA1, [
      { op: "create", id, ...at("a triumph for common sense"), tag: "quote" },
      { op: "update", id, note: "The mayor's own words.", baseRevision: 1 },
      { op: "delete", id: older.id, baseRevision: older.revision },
    ]);
    expect(results.map((r) => [r.op, r.status])).toEqual([["create", 201], ["update", 200], ["delete", 204]]);
    expect(results[1]!.annotation).toMatchObject({ id, note: "The mayor's own words.", revision: 2 });
    expect(AnnotationDto.parse(results[1]!.annotation)).toBeTruthy();
    const rows = await db.annotation.findMany({ where: { id: { in: [id, older.id] } } });
    expect(rows.map((row) => [row.id, row.note, row.revision])).toEqual([[id, "The mayor's own words.", 2]]);
  });

  it("answers each refused change on its own and saves the ones around it", async () => {
    const [before, after] = [randomUUID(), randomUUID()];
    const results = await sendBatch(studentA1, [
      { op: "create", id: before, ...at("ending a two-year dispute"), tag: "factual_claim" },
      { op: "update", id: randomUUID(), note: "Never saved anywhere." },
      { op: "create", id: randomUUID(), start: 5, end: 5_000_000, tag: "opinion" },
      { op: "create", id: randomUUID(), ...at("survey"), tag: "no_such_tag" },
      { op: "create", id: after, ...at("€1.2 million"), tag: "factual_claim" },
    ]);
    expect(results.map((r) => [r.status, r.error?.code])).toEqual([
      [201, undefined],
      [404, "not_found"],
      [422, "validation_failed"],
      [422, "validation_failed"],
      [201, undefined],
    ]);
    expect(results[1]!.error!.message).toMatch(/deleted elsewhere/);
    expect(await db.annotation.count({ where: { id: { in: [before, after] } } })).toBe(2);
  });

  it("saves a run of new highlights together, and when one of them is refused, saves the others one by one", async () => {
    const taken = await seedAnnotation(fx.studentA2, "Construction is expected");
    const [first, last] = [randomUUID(), randomUUID()];
    const results = await sendBatch(studentA1, [
      { op: "create", id: first, ...at("voted 7–2 on Tuesday"), tag: "factual_claim" },
      { op: "create", id: taken.id, ...at("voted 7–2 on Tuesday"), tag: "opinion" },
      { op: "create", id: last, ...at("own survey"), tag: "quote" },
    ]);
    expect(results.map((r) => [r.id, r.status, r.error?.code])).toEqual([[first, 201, undefined], [taken.id, 409, "conflict"], [last, 201, undefined]]);
    expect(await db.annotation.count({ where: { id: { in: [first, last] } } })).toBe(2);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: taken.id } })).toMatchObject({ tag: "opinion", submissionId: taken.submissionId });
  });

  it("refuses an edit made on an older revision with 409 and the stored record, and keeps the other tab's note", async () => {
    const row = await seedAnnotation(fx.studentA1, "a disastrous loss of green space", "first thought");
    // Tab A saves its edit: the revision moves on to 2.
    expect((await sendBatch(studentA1, [{ op: "update", id: row.id, note: "tab A", baseRevision: 1 }]))[0]!.status).toBe(200);

    const [stale] = await expectNothingChanged(db, () => sendBatch(studentA1, [{ op: "update", id: row.id, note: "tab B", baseRevision: 1 }]));
    expect(stale).toMatchObject({ status: 409, error: { code: "edit_conflict" } });
    const current = AnnotationDto.parse((stale!.error!.details as { current: unknown }).current);
    expect(current).toMatchObject({ id: row.id, note: "tab A", revision: 2 });

    // Tab B chose to keep its own: it sends again on the revision it was shown.
    const [kept] = await sendBatch(studentA1, [{ op: "update", id: row.id, note: "tab B", baseRevision: current.revision }]);
    expect(kept).toMatchObject({ status: 200, annotation: { note: "tab B", revision: 3 } });
  });

  it("answers a replayed edit whose first reply was lost as done, not as a conflict", async () => {
    const row = await seedAnnotation(fx.studentA1, "64% of residents support the plan");
    const edit = { op: "update", id: row.id, tag: "factual_claim", baseRevision: 1 };
    expect((await sendBatch(studentA1, [edit]))[0]).toMatchObject({ status: 200, annotation: { revision: 2 } });
    expect((await sendBatch(studentA1, [edit]))[0]).toMatchObject({ status: 200, annotation: { tag: "factual_claim", revision: 2 } });
  });

  it("does not delete a highlight changed elsewhere since the student saw it", async () => {
    const row = await seedAnnotation(fx.studentA1, "ignored the naïve hopes", "keep me");
    await db.annotation.update({ where: { id: row.id }, data: { note: "edited in tab A", revision: 2 } });
    const [refused] = await sendBatch(studentA1, [{ op: "delete", id: row.id, baseRevision: 1 }]);
    expect(refused).toMatchObject({ status: 409, error: { code: "edit_conflict", details: { current: { note: "edited in tab A" } } } });
    expect(await db.annotation.count({ where: { id: row.id } })).toBe(1);
    // Deleting what is already gone is what was asked: a replay, or another tab was first.
    expect((await sendBatch(studentA1, [{ op: "delete", id: row.id, baseRevision: 2 }, { op: "delete", id: row.id }])).map((r) => r.status)).toEqual([204, 204]);
  });

  it("says the work was submitted, with its own code, for every change that arrives after the hand-in", async () => {
    const fxSubmitted = await createClassFixture(db, "batch-submitted");
    const session = await fxSubmitted.signIn(fxSubmitted.studentA1);
    const row = await createAnnotationRecord(db, { assignmentId: fxSubmitted.assignmentA.id, userId: fxSubmitted.studentA1.id, text: fxSubmitted.article.text, ...at("survey"), tag: "opinion" });
    await db.submission.update({ where: { id: row.submissionId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const results = await expectNothingChanged(db, () =>
      sendBatch(session, [
        { op: "create", id: randomUUID(), ...at("rigged"), tag: "opinion" },
        { op: "update", id: row.id, note: "late" },
        { op: "delete", id: row.id },
      ], fxSubmitted.assignmentA.id),
    );
    expect(results.map((r) => [r.status, r.error?.code])).toEqual([[409, "work_submitted"], [409, "work_submitted"], [409, "work_submitted"]]);
  });

  it("treats a highlight of another assignment or another student as unknown, and changes neither", async () => {
    const classmate = await seedAnnotation(fx.studentA2, "Critics, however");
    const elsewhere = await createAnnotationRecord(db, { assignmentId: fx.assignmentA2.id, userId: fx.studentA1.id, text: fx.article.text, ...at("Construction"), tag: "evidence" });
    const results = await expectNothingChanged(db, () =>
      sendBatch(studentA1, [
        { op: "update", id: classmate.id, note: "mine now" },
        { op: "update", id: elsewhere.id, note: "wrong assignment" },
        { op: "delete", id: classmate.id },
        { op: "delete", id: elsewhere.id },
      ]),
    );
    expect(results.map((r) => r.status)).toEqual([404, 404, 204, 204]);
  });

  it("refuses a malformed batch whole, before any of it is saved", async () => {
    const create = (id = randomUUID()) => ({ op: "create", id, ...at("survey"), tag: "opinion" });
    const tooMany = Array.from({ length: BATCH_MAX_OPERATIONS + 1 }, () => create());
    for (const body of [{ operations: tooMany }, { operations: [] }, { operations: [create(), { op: "rename", id: randomUUID() }] }, { operations: [{ ...create(), id: undefined }] }, { operations: [create()], extra: 1 }]) {
      const response = await expectNothingChanged(db, () => studentA1.post(batchPath(), body));
      expectError(response, 422, "validation_failed");
    }
  });

  it("is 404 for a teacher of another class, whatever the batch holds", async () => {
    const response = await expectNothingChanged(db, () => teacherB.post(batchPath(), { operations: [{ op: "create", id: randomUUID(), ...at("survey"), tag: "opinion" }] }));
    expectError(response, 404, "not_found");
  });
});

describe("PATCH /api/annotations/{id} with baseRevision", () => {
  it("is 409 with the stored record when the highlight changed since", async () => {
    const row = await seedAnnotation(fx.studentA1, "Riverside Café Plan Wins Approval", "first");
    await db.annotation.update({ where: { id: row.id }, data: { note: "second", revision: 2 } });
    const response = await expectNothingChanged(db, () => studentA1.patch(`/api/annotations/${row.id}`, { note: "third", baseRevision: 1 }));
    const body = expectError(response, 409, "edit_conflict");
    expect(AnnotationDto.parse((body.error.details as { current: unknown }).current)).toMatchObject({ note: "second", revision: 2 });
  });
});
