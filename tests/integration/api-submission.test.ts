import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { daysFromNow, expectNoClassroomChange, put, SUBMISSION_KEYS, type AssignmentBody, type SubmissionBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let studentB: HttpSession;

/** Quotes need no note; opinions do. */
const TAGS = [
  { id: "quote", label: "Quote", color: "blue" },
  { id: "opinion", label: "Opinion", color: "purple", requiresNote: true },
];

async function newAssignment(dueAt: string | null = daysFromNow(7)): Promise<AssignmentBody> {
  const response = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Hand it in", dueAt, tags: TAGS });
  expect(response.status).toBe(201);
  return response.body;
}

async function highlight(assignmentId: string, phrase: string, tag: string, note?: string): Promise<AnnotationBody> {
  const response = await studentA1.post<AnnotationBody>(`/api/assignments/${assignmentId}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag, note });
  expect(response.status).toBe(201);
  return response.body;
}

const submit = (session: HttpSession, id: string) => session.post<SubmissionBody>(`/api/assignments/${id}/submit`);
const unsubmit = (session: HttpSession, id: string) => session.post<SubmissionBody>(`/api/assignments/${id}/unsubmit`);
const ownSubmission = (session: HttpSession, id: string) => session.get<SubmissionBody>(`/api/assignments/${id}/submission`);

/** An assignment student A1 has handed in (one quote), due in a week unless said. */
async function handedIn(dueAt?: string | null) {
  const assignment = await newAssignment(dueAt);
  const annotation = await highlight(assignment.id, "a triumph for common sense", "quote");
  expect((await submit(studentA1, assignment.id)).status).toBe(200);
  return { assignment, annotation };
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "submission");
  ({ teacherA, studentA1, studentB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments/{id}/submission", () => {
  it("before any work: a draft with zero per tag, nothing missing, no feedback, classmates hidden", async () => {
    const assignment = await newAssignment();
    const response = await ownSubmission(studentA1, assignment.id);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(SUBMISSION_KEYS);
    expect(response.body).toEqual({
      status: "DRAFT", submittedAt: null, late: false, locked: false, returnedAt: null, canUnsubmit: false,
      counts: { quote: 0, opinion: 0 }, missingNotes: [], feedback: null, classmatesVisible: false, classmatesSeenAt: null,
    });
  });

  it("counts highlights per tag and lists the ones that still need a note", async () => {
    const assignment = await newAssignment();
    await highlight(assignment.id, "a triumph for common sense", "quote");
    const opinion = await highlight(assignment.id, "a disastrous loss of green space", "opinion");
    await highlight(assignment.id, "rigged from the start", "opinion", "Says who?");
    const response = await ownSubmission(studentA1, assignment.id);
    expect(response.body.counts).toEqual({ quote: 1, opinion: 2 });
    expect(response.body.missingNotes).toEqual([{ annotationId: opinion.id, tag: "opinion", exact: "a disastrous loss of green space" }]);
  });

  it("another class's student gets 404", async () => {
    const assignment = await newAssignment();
    expectError(await ownSubmission(studentB, assignment.id), 404, "not_found");
  });
});

describe("POST /api/assignments/{id}/submit", () => {
  it("with no highlights is 422 and nothing changes", async () => {
    const assignment = await newAssignment();
    const { error } = expectError(await expectNoClassroomChange(db, () => submit(studentA1, assignment.id)), 422, "validation_failed");
    expect(error.message).toBe("Highlight at least one passage before you submit.");
  });

  it("with an opinion lacking its note is 422 listing it in details.missingNotes; once the note is added it submits", async () => {
    const assignment = await newAssignment();
    await highlight(assignment.id, "a triumph for common sense", "quote");
    const opinion = await highlight(assignment.id, "a disastrous loss of green space", "opinion");
    const refused = await expectNoClassroomChange(db, () => submit(studentA1, assignment.id));
    const { error } = expectError(refused, 422, "validation_failed");
    expect(error.details).toEqual({ missingNotes: [{ annotationId: opinion.id, tag: "opinion", exact: "a disastrous loss of green space" }] });
    expect(error.message).toBe("Add a note to every Opinion highlight before you submit (1 still need one).");

    expect((await studentA1.patch(`/api/annotations/${opinion.id}`, { note: "“Disastrous” is a judgement." })).status).toBe(200);
    const before = Date.now();
    const response = await submit(studentA1, assignment.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "SUBMITTED", late: false, canUnsubmit: true, missingNotes: [], counts: { quote: 1, opinion: 1 } });
    expect(Date.parse(response.body.submittedAt!)).toBeGreaterThanOrEqual(before - 5_000);
    const row = await db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId: assignment.id, userId: fx.studentA1.id } } });
    expect({ status: row.status, submittedAt: row.submittedAt?.toISOString() }).toEqual({ status: "SUBMITTED", submittedAt: response.body.submittedAt });
  });

  it("submitting twice is 200 both times and keeps the first submittedAt", async () => {
    const { assignment } = await handedIn();
    const first = (await ownSubmission(studentA1, assignment.id)).body;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await expectNoClassroomChange(db, () => submit(studentA1, assignment.id));
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first);
  });

  it("handed-in work cannot gain, change or lose highlights: 409 each time and nothing changes", async () => {
    const { assignment, annotation } = await handedIn();
    const attempts = [
      () => studentA1.post(`/api/assignments/${assignment.id}/annotations`, { ...locatePhrase(fx.article.text, "rigged"), tag: "quote" }),
      () => studentA1.patch(`/api/annotations/${annotation.id}`, { note: "An afterthought." }),
      () => studentA1.delete(`/api/annotations/${annotation.id}`),
    ];
    for (const attempt of attempts) expectError(await expectNoClassroomChange(db, attempt), 409, "work_submitted");
  });

  it("submitted before the due date is not late; after it, late is true", async () => {
    const onTime = await handedIn(daysFromNow(2));
    expect((await ownSubmission(studentA1, onTime.assignment.id)).body.late).toBe(false);
    const overdue = await handedIn(daysFromNow(-2));
    const late = await ownSubmission(studentA1, overdue.assignment.id);
    expect(late.body).toMatchObject({ status: "SUBMITTED", late: true, canUnsubmit: false });
  });

  it("an undated assignment is never late", async () => {
    const { assignment } = await handedIn(null);
    expect((await ownSubmission(studentA1, assignment.id)).body).toMatchObject({ late: false, canUnsubmit: true });
  });

  it("the teacher cannot submit (their highlights are the key): 403 and nothing changes", async () => {
    const assignment = await newAssignment();
    expect((await teacherA.post(`/api/assignments/${assignment.id}/annotations`, { ...locatePhrase(fx.article.text, "rigged"), tag: "quote" })).status).toBe(201);
    const { error } = expectError(await expectNoClassroomChange(db, () => submit(teacherA, assignment.id)), 403, "forbidden");
    expect(error.message).toBe("Only students submit work; your highlights are your answer key.");
  });

  it("another class's student gets 404 and nothing changes", async () => {
    const assignment = await newAssignment();
    expectError(await expectNoClassroomChange(db, () => submit(studentB, assignment.id)), 404, "not_found");
  });
});

describe("POST /api/assignments/{id}/unsubmit", () => {
  it("before the due date takes the work back to a draft, and editing works again", async () => {
    const { assignment, annotation } = await handedIn();
    const response = await unsubmit(studentA1, assignment.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "DRAFT", submittedAt: null, canUnsubmit: false });
    expect((await db.submission.findFirstOrThrow({ where: { assignmentId: assignment.id, userId: fx.studentA1.id } })).status).toBe("DRAFT");
    const edited = await studentA1.patch<AnnotationBody>(`/api/annotations/${annotation.id}`, { note: "Now with a note." });
    expect({ status: edited.status, note: edited.body.note }).toEqual({ status: 200, note: "Now with a note." });
    expect((await submit(studentA1, assignment.id)).body.status).toBe("SUBMITTED");
  });

  it("a draft stays a draft: 200 and nothing changes", async () => {
    const assignment = await newAssignment();
    await highlight(assignment.id, "rigged", "quote");
    const response = await expectNoClassroomChange(db, () => unsubmit(studentA1, assignment.id));
    expect({ status: response.status, state: response.body.status }).toEqual({ status: 200, state: "DRAFT" });
  });

  it("after the due date is 409 and the work stays handed in", async () => {
    const { assignment } = await handedIn(daysFromNow(-1));
    const { error } = expectError(await expectNoClassroomChange(db, () => unsubmit(studentA1, assignment.id)), 409, "conflict");
    expect(error.message).toBe("This work can no longer be taken back: the due date has passed.");
  });

  it("once the teacher has locked it is 409", async () => {
    const { assignment } = await handedIn();
    const lock = await put(teacherA, `/api/assignments/${assignment.id}/submissions/${fx.studentA1.id}/feedback`, { locked: true });
    expect(lock.status).toBe(200);
    expect((await ownSubmission(studentA1, assignment.id)).body).toMatchObject({ locked: true, canUnsubmit: false });
    const { error } = expectError(await expectNoClassroomChange(db, () => unsubmit(studentA1, assignment.id)), 409, "conflict");
    expect(error.message).toBe("This work can no longer be taken back: your teacher has locked it.");
  });

  it("once the teacher has returned it is 409", async () => {
    const { assignment } = await handedIn();
    expect((await put(teacherA, `/api/assignments/${assignment.id}/submissions/${fx.studentA1.id}/feedback`, { returned: true })).status).toBe(200);
    const { error } = expectError(await expectNoClassroomChange(db, () => unsubmit(studentA1, assignment.id)), 409, "conflict");
    expect(error.message).toBe("This work can no longer be taken back: your teacher has already returned it.");
  });

  it("another class's student gets 404 and nothing changes", async () => {
    const { assignment } = await handedIn();
    expectError(await expectNoClassroomChange(db, () => unsubmit(studentB, assignment.id)), 404, "not_found");
  });
});
