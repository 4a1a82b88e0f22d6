import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser, enroll, locatePhrase, submitWork } from "@/prisma/seed/factories";
import { signIn, type HttpSession } from "../support/http-session";
import { newPassword, uniqueEmail } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture, type Person } from "./support/class-fixture";
import { daysFromNow, expectNoClassroomChange, put, type AssignmentBody, type ProgressRowBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let studentA2: HttpSession;
let teacherB: HttpSession;
/** Three more students in class A, so that every state can be seen at once. */
let extra: (Person & { session: HttpSession })[];

async function newAssignment(dueAt: string | null): Promise<AssignmentBody> {
  const response = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Progress check", dueAt });
  expect(response.status).toBe(201);
  return response.body;
}

async function highlight(session: HttpSession, assignmentId: string, phrase: string, tag = "quote") {
  const response = await session.post(`/api/assignments/${assignmentId}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag });
  expect(response.status).toBe(201);
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "progress");
  ({ teacherA, studentA1, studentA2, teacherB } = await signInEveryone(fx));
  extra = [];
  for (const name of ["Bea Novak", "Carlos Mendes", "Zara Quinn"]) {
    const password = newPassword();
    const email = uniqueEmail(name.split(" ")[0]!, "progress");
    const user = await createUser(db, { email, name, role: "STUDENT", password });
    await enroll(db, fx.classA.id, user.id, "STUDENT");
    extra.push({ id: user.id, email, name, password, session: await signIn(email, password) });
  }
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments/{id}/progress", () => {
  it("lists every student by name with where they are: not started, in progress, submitted on time or late, returned, and locked", async () => {
    const assignment = await newAssignment(daysFromNow(-1));
    const [bea, carlos, zara] = extra as [Person & { session: HttpSession }, Person & { session: HttpSession }, Person & { session: HttpSession }];
    // Amara: two highlights, handed in before the due date (as the seed would record it).
    await highlight(studentA1, assignment.id, "a triumph for common sense");
    await highlight(studentA1, assignment.id, "rigged from the start", "loaded_language");
    const onTime = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await submitWork(db, assignment.id, fx.studentA1.id, onTime);
    // Bea: hands in now, after the due date; the teacher locks it.
    await highlight(bea.session, assignment.id, "64% of residents");
    expect((await bea.session.post(`/api/assignments/${assignment.id}/submit`)).status).toBe(200);
    expect((await put(teacherA, `/api/assignments/${assignment.id}/submissions/${bea.id}/feedback`, { locked: true })).status).toBe(200);
    // Carlos: one highlight, still a draft.
    await highlight(carlos.session, assignment.id, "naïve hopes", "opinion");
    // Zara: handed in late and returned.
    await highlight(zara.session, assignment.id, "€1.2 million", "factual_claim");
    await zara.session.post(`/api/assignments/${assignment.id}/submit`);
    const returned = await put<{ returnedAt: string }>(teacherA, `/api/assignments/${assignment.id}/submissions/${zara.id}/feedback`, { returned: true });
    // Leo: nothing yet.

    const response = await teacherA.get<ProgressRowBody[]>(`/api/assignments/${assignment.id}/progress`);
    expect(response.status).toBe(200);
    const rows = await db.submission.findMany({ where: { assignmentId: assignment.id } });
    const submittedAt = (userId: string) => rows.find((r) => r.userId === userId)?.submittedAt?.toISOString();
    expect(response.body).toEqual([
      { student: { id: fx.studentA1.id, name: "Amara Okafor" }, locked: false, state: "submitted", annotationCount: 2, submittedAt: onTime.toISOString(), late: false },
      { student: { id: bea.id, name: "Bea Novak" }, locked: true, state: "submitted", annotationCount: 1, submittedAt: submittedAt(bea.id), late: true },
      { student: { id: carlos.id, name: "Carlos Mendes" }, locked: false, state: "in_progress", annotationCount: 1 },
      { student: { id: fx.studentA2.id, name: "Leo Brandt" }, locked: false, state: "not_started" },
      {
        student: { id: zara.id, name: "Zara Quinn" }, locked: false, state: "returned", annotationCount: 1,
        submittedAt: submittedAt(zara.id), late: true, returnedAt: returned.body.returnedAt,
      },
    ]);
  });

  it("does not list the teacher, even when the teacher has highlighted", async () => {
    const assignment = await newAssignment(null);
    await highlight(teacherA, assignment.id, "rigged");
    const response = await teacherA.get<ProgressRowBody[]>(`/api/assignments/${assignment.id}/progress`);
    expect(response.body.map((r) => r.student.id)).not.toContain(fx.teacherA.id);
    expect(response.body).toHaveLength(5);
    expect(new Set(response.body.map((r) => r.state))).toEqual(new Set(["not_started"]));
  });

  it("is for the class's teacher only: a student gets 403, another class's teacher 404", async () => {
    const assignment = await newAssignment(null);
    const refused = await studentA1.get(`/api/assignments/${assignment.id}/progress`);
    expect(expectError(refused, 403, "forbidden").error.message).toBe("Only the class's teacher can see the class's progress.");
    expect(refused.text).not.toContain("Leo Brandt");
    expectError(await teacherB.get(`/api/assignments/${assignment.id}/progress`), 404, "not_found");
  });
});

describe("PUT /api/assignments/{id}/answer-key", () => {
  const keyPath = (id: string) => `/api/assignments/${id}/answer-key`;

  it("with no highlights of the teacher's own is 422 and nothing changes (students' work does not count)", async () => {
    const assignment = await newAssignment(null);
    await highlight(studentA2, assignment.id, "rigged");
    const response = await expectNoClassroomChange(db, () => put(teacherA, keyPath(assignment.id), { enabled: true }));
    expect(expectError(response, 422, "validation_failed").error.message).toBe("Highlight the article yourself first: your highlights become the key.");
  });

  it("marks the teacher's highlights as the key: 200 with their count; enabled false unmarks them", async () => {
    const assignment = await newAssignment(null);
    await highlight(teacherA, assignment.id, "a triumph for common sense");
    await highlight(teacherA, assignment.id, "rigged from the start", "loaded_language");
    const on = await put(teacherA, keyPath(assignment.id), { enabled: true });
    expect({ status: on.status, body: on.body }).toEqual({ status: 200, body: { answerKey: true, annotationCount: 2 } });
    const own = await db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId: assignment.id, userId: fx.teacherA.id } } });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).answerKeySubmissionId).toBe(own.id);

    const off = await put(teacherA, keyPath(assignment.id), { enabled: false });
    expect({ status: off.status, body: off.body }).toEqual({ status: 200, body: { answerKey: false, annotationCount: 0 } });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).answerKeySubmissionId).toBeNull();
  });

  it("a student cannot set the key, even with highlights of their own: 403 and nothing changes", async () => {
    const assignment = await newAssignment(null);
    await highlight(studentA1, assignment.id, "rigged");
    const response = await expectNoClassroomChange(db, () => put(studentA1, keyPath(assignment.id), { enabled: true }));
    expect(expectError(response, 403, "forbidden").error.message).toBe("Only the class's teacher can set the answer key.");
  });

  it("another class's teacher gets 404 and nothing changes", async () => {
    const assignment = await newAssignment(null);
    await highlight(teacherA, assignment.id, "rigged");
    expectError(await expectNoClassroomChange(db, () => put(teacherB, keyPath(assignment.id), { enabled: true })), 404, "not_found");
  });

  it.each<[string, unknown]>([
    ["an empty body {}", {}],
    ["enabled as a string", { enabled: "yes" }],
    ["an unknown field", { enabled: true, annotationIds: [] }],
  ])("%s is 422 and nothing changes", async (_what, body) => {
    const assignment = await newAssignment(null);
    await highlight(teacherA, assignment.id, "rigged");
    expectError(await expectNoClassroomChange(db, () => put(teacherA, keyPath(assignment.id), body)), 422, "validation_failed");
  });
});
