import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError, UUID_PATTERN, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { daysFromNow, expectNoClassroomChange, type AssignmentBody, type StudentSubmissionBody, type SubmissionBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let studentA2: HttpSession;
let studentB: HttpSession;

const classScope = (id: string) => `/api/assignments/${id}/annotations?scope=class`;

/**
 * An assignment on which student A1, student A2 and the teacher have each highlighted
 * something; returns it with the ids of A2's highlights (the only ones A1 may ever see).
 */
async function assignmentWithWork(settings: Record<string, unknown>) {
  const created = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Whose words?", ...settings });
  expect(created.status).toBe(201);
  const id = created.body.id;
  const save = async (session: HttpSession, phrase: string, tag: string) => {
    const response = await session.post<AnnotationBody>(`/api/assignments/${id}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag });
    expect(response.status).toBe(201);
    return response.body.id;
  };
  await save(studentA1, "a triumph for common sense", "quote");
  const classmate = [await save(studentA2, "64% of residents support the plan", "factual_claim"), await save(studentA2, "rigged from the start", "loaded_language")];
  await save(teacherA, "a disastrous loss of green space", "loaded_language");
  return { id, classmate };
}

/** Student A1 reads the class's highlights; the submission's classmatesVisible must agree with the answer. */
async function readClassmates(assignmentId: string) {
  const response = await studentA1.get<AnnotationBody[]>(classScope(assignmentId));
  const submission = await studentA1.get<SubmissionBody>(`/api/assignments/${assignmentId}/submission`);
  expect(submission.body.classmatesVisible).toBe(response.status === 200);
  return response;
}

function expectRefused(response: Awaited<ReturnType<typeof readClassmates>>, rule: string) {
  const { error } = expectError(response, 403, "forbidden");
  expect(error.message).toBe(`Classmates' highlights are not shared yet. ${rule}`);
  expect(response.text).not.toContain("64% of residents");
}

function expectClassmatesOnly(response: Awaited<ReturnType<typeof readClassmates>>, classmate: string[]) {
  expect(response.status).toBe(200);
  expect(response.body.map((a) => a.id)).toEqual(classmate);
  for (const annotation of response.body) expect(annotation.author).toEqual({ id: fx.studentA2.id, name: "Leo Brandt" });
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "reveal");
  ({ teacherA, studentA1, studentA2, studentB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments/{id}/annotations?scope=class as a student", () => {
  it("ALWAYS: classmates' highlights at any time, with their names, never one's own or the teacher's", async () => {
    const { id, classmate } = await assignmentWithWork({ revealPolicy: "ALWAYS" });
    const response = await readClassmates(id);
    expectClassmatesOnly(response, classmate);
    expect(response.body.map((a) => a.exact)).toEqual(["64% of residents support the plan", "rigged from the start"]);
    expect(response.text).not.toContain("a disastrous loss of green space");
    expect(response.text).not.toContain("a triumph for common sense");
  });

  it("AFTER_SUBMIT: 403 until the student hands in their own work, then 200", async () => {
    const { id, classmate } = await assignmentWithWork({ revealPolicy: "AFTER_SUBMIT" });
    expectRefused(await readClassmates(id), "Classmates' highlights appear once you submit your own.");
    expect((await studentA1.post(`/api/assignments/${id}/submit`)).status).toBe(200);
    expectClassmatesOnly(await readClassmates(id), classmate);
  });

  it("AFTER_SUBMIT: work taken back before looking at classmates' highlights hides them again", async () => {
    const { id } = await assignmentWithWork({ revealPolicy: "AFTER_SUBMIT", dueAt: daysFromNow(3) });
    await studentA1.post(`/api/assignments/${id}/submit`);
    expect((await studentA1.get<SubmissionBody>(`/api/assignments/${id}/submission`)).body).toMatchObject({ classmatesVisible: true, canUnsubmit: true });
    expect((await studentA1.post(`/api/assignments/${id}/unsubmit`)).status).toBe(200);
    expectRefused(await readClassmates(id), "Classmates' highlights appear once you submit your own.");
  });

  it("AFTER_DUE: 403 before the due date, even after submitting", async () => {
    const { id } = await assignmentWithWork({ revealPolicy: "AFTER_DUE", dueAt: daysFromNow(3) });
    expectRefused(await readClassmates(id), "Classmates' highlights appear after the due date.");
    await studentA1.post(`/api/assignments/${id}/submit`);
    expectRefused(await readClassmates(id), "Classmates' highlights appear after the due date.");
  });

  it("AFTER_DUE: 200 once the due date has passed, submitted or not", async () => {
    const { id, classmate } = await assignmentWithWork({ revealPolicy: "AFTER_DUE", dueAt: daysFromNow(-1) });
    expectClassmatesOnly(await readClassmates(id), classmate);
  });

  it("AFTER_DUE: moving the due date into the past reveals", async () => {
    const { id, classmate } = await assignmentWithWork({ revealPolicy: "AFTER_DUE", dueAt: daysFromNow(3) });
    expect((await readClassmates(id)).status).toBe(403);
    expect((await teacherA.patch(`/api/assignments/${id}`, { dueAt: daysFromNow(-0.01) })).status).toBe(200);
    expectClassmatesOnly(await readClassmates(id), classmate);
  });

  it("MANUAL: 403 until the teacher releases, 200 after, and 403 again once the teacher takes it back", async () => {
    const { id, classmate } = await assignmentWithWork({ revealPolicy: "MANUAL" });
    await studentA1.post(`/api/assignments/${id}/submit`);
    expectRefused(await readClassmates(id), "Classmates' highlights appear when your teacher shares them.");
    expect((await teacherA.patch(`/api/assignments/${id}`, { released: true })).status).toBe(200);
    expectClassmatesOnly(await readClassmates(id), classmate);
    expect((await teacherA.patch(`/api/assignments/${id}`, { released: false })).status).toBe(200);
    expectRefused(await readClassmates(id), "Classmates' highlights appear when your teacher shares them.");
  });

  it("a student of another class gets 404 whatever the policy", async () => {
    const { id } = await assignmentWithWork({ revealPolicy: "ALWAYS" });
    expectError(await studentB.get(classScope(id)), 404, "not_found");
  });
});

describe("hidden names (showClassmateNames false)", () => {
  it("a student who knows a classmate's real id (shown on an assignment with names) cannot work out which stand-in is theirs", async () => {
    const named = await assignmentWithWork({ revealPolicy: "ALWAYS" });
    const realId = (await readClassmates(named.id)).body[0]!.author!.id;
    const hidden = await assignmentWithWork({ revealPolicy: "ALWAYS", showClassmateNames: false });
    const standIn = (await readClassmates(hidden.id)).body[0]!.author!;
    const hex = createHash("sha256").update(`${hidden.id}:${realId}`).digest("hex");
    expect(standIn.name).not.toBe(`Classmate ${hex.slice(0, 4).toUpperCase()}`);
    expect(standIn.id.slice(0, 8)).not.toBe(hex.slice(0, 8));
  });

  it("classmates appear as “Classmate XXXX” with ids that are no one's real id, the same on every call", async () => {
    const { id, classmate } = await assignmentWithWork({ revealPolicy: "ALWAYS", showClassmateNames: false });
    const first = await readClassmates(id);
    expect(first.status).toBe(200);
    expect(first.body.map((a) => a.id)).toEqual(classmate);
    const author = first.body[0]!.author!;
    expect(author.name).toMatch(/^Classmate [0-9A-F]{4}$/);
    expect(author.id).toMatch(UUID_PATTERN);
    expect(author.id).not.toBe(fx.studentA2.id);
    expect(await db.user.findUnique({ where: { id: author.id } })).toBeNull();
    expect(first.body[1]!.author).toEqual(author);
    for (const real of ["Leo Brandt", fx.studentA2.id, fx.studentA2.email]) expect(first.text).not.toContain(real);

    const second = await readClassmates(id);
    expect(second.body.map((a) => a.author)).toEqual(first.body.map((a) => a.author));
  });

  it("the stand-in differs from one assignment to the next, so a classmate cannot be followed across them", async () => {
    const one = await assignmentWithWork({ revealPolicy: "ALWAYS", showClassmateNames: false });
    const two = await assignmentWithWork({ revealPolicy: "ALWAYS", showClassmateNames: false });
    const authorOn = async (assignmentId: string) => (await readClassmates(assignmentId)).body[0]!.author!;
    expect((await authorOn(one.id)).id).not.toBe((await authorOn(two.id)).id);
  });

  it("the teacher still sees real names", async () => {
    const { id } = await assignmentWithWork({ revealPolicy: "ALWAYS", showClassmateNames: false });
    const response = await teacherA.get<AnnotationBody[]>(classScope(id));
    expect(response.status).toBe(200);
    expect(response.body.map((a) => a.author?.name)).toEqual(["Amara Okafor", "Leo Brandt", "Leo Brandt"]);
  });
});

describe("AFTER_SUBMIT: no taking the work back once classmates' highlights were seen", () => {
  const unsubmit = (id: string) => studentA1.post<SubmissionBody>(`/api/assignments/${id}/unsubmit`);
  const ownSubmission = async (id: string) => (await studentA1.get<SubmissionBody>(`/api/assignments/${id}/submission`)).body;
  const seenRow = async (id: string) =>
    db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId: id, userId: fx.studentA1.id } }, select: { status: true, classmatesSeenAt: true } });

  it("a student who submitted and read classmates' highlights cannot take the work back: 409 saying why, and it stays handed in", async () => {
    const { id, classmate } = await assignmentWithWork({ revealPolicy: "AFTER_SUBMIT", dueAt: daysFromNow(3) });
    expect((await studentA1.post(`/api/assignments/${id}/submit`)).status).toBe(200);
    expect((await ownSubmission(id)).canUnsubmit).toBe(true);
    expectClassmatesOnly(await readClassmates(id), classmate);
    expect(await ownSubmission(id)).toMatchObject({ status: "SUBMITTED", canUnsubmit: false, classmatesSeenAt: expect.any(String) });
    const { error } = expectError(await expectNoClassroomChange(db, () => unsubmit(id)), 409, "conflict");
    expect(error.message).toBe("This work can no longer be taken back: you have seen your classmates' highlights.");
    expect((await seenRow(id)).status).toBe("SUBMITTED");
  });

  it("the teacher sees when the student first saw classmates' highlights; reading them again does not move it", async () => {
    const { id } = await assignmentWithWork({ revealPolicy: "AFTER_SUBMIT" });
    const teacherView = async () => (await teacherA.get<StudentSubmissionBody>(`/api/assignments/${id}/submissions/${fx.studentA1.id}`)).body;
    await studentA1.post(`/api/assignments/${id}/submit`);
    expect((await teacherView()).classmatesSeenAt).toBeNull();
    const before = Date.now();
    expect((await readClassmates(id)).status).toBe(200);
    const first = (await teacherView()).classmatesSeenAt;
    expect(Date.parse(first!)).toBeGreaterThanOrEqual(before - 5_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readClassmates(id)).status).toBe(200);
    expect((await teacherView()).classmatesSeenAt).toBe(first);
  });

  it("a refused look before submitting does not count: the work can still be taken back after handing it in", async () => {
    const { id } = await assignmentWithWork({ revealPolicy: "AFTER_SUBMIT" });
    expect((await readClassmates(id)).status).toBe(403);
    await studentA1.post(`/api/assignments/${id}/submit`);
    expect((await seenRow(id)).classmatesSeenAt).toBeNull();
    expect((await unsubmit(id)).status).toBe(200);
  });

  it("under ALWAYS, reading classmates' highlights does not stop taking the work back (they were visible while drafting anyway)", async () => {
    const { id } = await assignmentWithWork({ revealPolicy: "ALWAYS" });
    await studentA1.post(`/api/assignments/${id}/submit`);
    expect((await readClassmates(id)).status).toBe(200);
    expect((await unsubmit(id)).status).toBe(200);
  });

  it("reading classmates' highlights while taking the work back, 20 requests at a time: either shown nothing, or the work stays handed in", { timeout: 30_000 }, async () => {
    const broken: number[] = [];
    for (let round = 0; round < 6; round++) {
      const fresh = await assignmentWithWork({ revealPolicy: "AFTER_SUBMIT" });
      expect((await studentA1.post(`/api/assignments/${fresh.id}/submit`)).status).toBe(200);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? studentA1.get(classScope(fresh.id)) : unsubmit(fresh.id))),
      );
      for (const answer of answers) expect([200, 403, 409], answer.text).toContain(answer.status);
      const shown = answers.some((answer, i) => i % 2 === 0 && answer.status === 200);
      const row = await seenRow(fresh.id);
      if (shown && !(row.status === "SUBMITTED" && row.classmatesSeenAt)) broken.push(round);
    }
    expect(broken, "rounds in which classmates' work was shown and the work still became a draft").toEqual([]);
  });
});
