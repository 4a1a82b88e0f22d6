import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AssignmentDto } from "@/lib/classes/assignment-schemas";
import { StudentSubmissionDto, SubmissionDto } from "@/lib/classes/submission-schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { expectNoClassroomChange, put, type AssignmentBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;

const assignmentPath = (id: string) => `/api/assignments/${id}`;
const overallPath = (assignmentId: string) => `/api/assignments/${assignmentId}/submissions/${fx.studentA1.id}/feedback`;

async function newAssignment(extra: Record<string, unknown> = {}): Promise<AssignmentBody> {
  const response = await teacherA.post<AssignmentBody>("/api/assignments", {
    classId: fx.classA.id,
    articleId: fx.article.id,
    title: "Scored reading",
    ...extra,
  });
  expect(response.status).toBe(201);
  return response.body;
}

/** An assignment out of `scoreOutOf` on which student A1 has one highlight, handed in. */
async function submittedWork(scoreOutOf: number | null) {
  const assignment = await newAssignment({ scoreOutOf });
  const saved = await studentA1.post(`/api/assignments/${assignment.id}/annotations`, { ...locatePhrase(fx.article.text, "a triumph for common sense"), tag: "quote" });
  expect(saved.status).toBe(201);
  expect((await studentA1.post(`/api/assignments/${assignment.id}/submit`)).status).toBe(200);
  return assignment.id;
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "score-out-of");
  ({ teacherA, studentA1 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("an assignment's score scale (scoreOutOf)", () => {
  it("is null when not set, is stored when set on creation, and the reply parses with AssignmentDto", async () => {
    expect((await newAssignment()).scoreOutOf).toBeNull();
    const created = await newAssignment({ scoreOutOf: 20 });
    expect(AssignmentDto.parse(created).scoreOutOf).toBe(20);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: created.id } })).scoreOutOf).toBe(20);
  });

  it("is changed and cleared with PATCH, and a student reading the assignment sees it", async () => {
    const { id } = await newAssignment();
    const set = await teacherA.patch(assignmentPath(id), { scoreOutOf: 10 });
    expect(set.status).toBe(200);
    expect(AssignmentDto.parse(set.body).scoreOutOf).toBe(10);
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).scoreOutOf).toBe(10);
    expect(AssignmentDto.parse((await studentA1.get(assignmentPath(id))).body).scoreOutOf).toBe(10);
    const cleared = await teacherA.patch(assignmentPath(id), { scoreOutOf: null });
    expect(AssignmentDto.parse(cleared.body).scoreOutOf).toBeNull();
  });

  it.each<[string, unknown]>([
    ["0", 0],
    ["1001", 1001],
    ["a fraction", 2.5],
    ["a negative number", -10],
    ["a string", "10"],
  ])("a scale of %s is 422 on PATCH and on POST, and nothing changes", async (_what, scoreOutOf) => {
    const { id } = await newAssignment({ scoreOutOf: 10 });
    expectError(await expectNoClassroomChange(db, () => teacherA.patch(assignmentPath(id), { scoreOutOf })), 422, "validation_failed");
    const body = { classId: fx.classA.id, articleId: fx.article.id, title: "Bad scale", scoreOutOf };
    expectError(await expectNoClassroomChange(db, () => teacherA.post("/api/assignments", body)), 422, "validation_failed");
  });

  it("a scale below a score already given is 409 and nothing changes", async () => {
    const id = await submittedWork(20);
    expect((await put(teacherA, overallPath(id), { score: 15 })).status).toBe(200);
    const refused = await expectNoClassroomChange(db, () => teacherA.patch(assignmentPath(id), { scoreOutOf: 10 }));
    expect(expectError(refused, 409, "conflict").error.message).toMatch(/15/);
    expect((await teacherA.patch(assignmentPath(id), { scoreOutOf: 15 })).status).toBe(200);
  });
});

describe("a score on an assignment with a scale", () => {
  it("is limited to 0..N: N + 0.5 is 422 and nothing changes, N is stored", async () => {
    const id = await submittedWork(10);
    const over = await expectNoClassroomChange(db, () => put(teacherA, overallPath(id), { score: 10.5 }));
    expect(expectError(over, 422, "validation_failed").error.message).toMatch(/10/);
    const saved = await put(teacherA, overallPath(id), { score: 10 });
    expect(saved.status).toBe(200);
    expect((await db.submission.findFirstOrThrow({ where: { assignmentId: id, userId: fx.studentA1.id } })).score).toBe(10);
  });

  it("the submission reply carries the scale with the score, for the teacher and, once returned, the student", async () => {
    const id = await submittedWork(10);
    const saved = await put(teacherA, overallPath(id), { score: 8, returned: true });
    expect(StudentSubmissionDto.parse(saved.body).feedback).toEqual({ comment: null, score: 8, scoreOutOf: 10 });
    const own = await studentA1.get(`/api/assignments/${id}/submission`);
    expect(SubmissionDto.parse(own.body).feedback).toEqual({ comment: null, score: 8, scoreOutOf: 10 });
  });

  it("without a scale, scores up to 1000 are accepted and the reply's scale is null", async () => {
    const id = await submittedWork(null);
    const saved = await put(teacherA, overallPath(id), { score: 1000 });
    expect(StudentSubmissionDto.parse(saved.body).feedback).toMatchObject({ score: 1000, scoreOutOf: null });
  });
});

describe("the overall comment's version check (expectedComment)", () => {
  it("a save made on the comment as it was loaded is stored", async () => {
    const id = await submittedWork(null);
    expect((await put(teacherA, overallPath(id), { comment: "First look.", expectedComment: null })).status).toBe(200);
    const second = await put(teacherA, overallPath(id), { comment: "Second look.", expectedComment: "First look." });
    expect(StudentSubmissionDto.parse(second.body).feedback?.comment).toBe("Second look.");
  });

  it("a save made on a comment that has changed since (the Compare tab added a line) is 409 with the stored text, and nothing changes", async () => {
    const id = await submittedWork(null);
    await put(teacherA, overallPath(id), { comment: "From the Review tab." });
    await put(teacherA, overallPath(id), { comment: "From the Review tab.\nMissed: the mayor's quote." });
    const stale = await expectNoClassroomChange(db, () =>
      put(teacherA, overallPath(id), { comment: "Overwritten?", score: 3, expectedComment: "From the Review tab." }),
    );
    const body = expectError(stale, 409, "edit_conflict");
    expect(body.error.details).toEqual({ current: { comment: "From the Review tab.\nMissed: the mayor's quote." } });
  });
});
