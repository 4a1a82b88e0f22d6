import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser, enroll, locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { newPassword, uniqueEmail } from "./support/account-data";
import { expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import {
  expectNoClassroomChange,
  put,
  SUBMISSION_KEYS,
  type AnnotationFeedbackBody,
  type AssignmentBody,
  type StudentSubmissionBody,
  type SubmissionBody,
} from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

type FeedbackAnnotation = AnnotationBody & { feedback?: { verdict: string; comment: string | null } | null };

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let studentA2: HttpSession;
let teacherB: HttpSession;

const verdictPath = (annotationId: string) => `/api/annotations/${annotationId}/feedback`;
const overallPath = (assignmentId: string, studentId: string) => `/api/assignments/${assignmentId}/submissions/${studentId}/feedback`;

/** A fresh assignment on which student A1 has two highlights and student A2 one; A1 has handed in unless said. */
async function markedWork(options: { submit?: boolean } = {}) {
  const created = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Feedback round" });
  expect(created.status).toBe(201);
  const id = created.body.id;
  const save = async (session: HttpSession, phrase: string, tag: string) =>
    (await session.post<AnnotationBody>(`/api/assignments/${id}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag })).body;
  const quote = await save(studentA1, "a triumph for common sense", "quote");
  const claim = await save(studentA1, "64% of residents support the plan", "opinion");
  const classmate = await save(studentA2, "rigged from the start", "loaded_language");
  if (options.submit ?? true) expect((await studentA1.post(`/api/assignments/${id}/submit`)).status).toBe(200);
  return { id, quote, claim, classmate };
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "feedback");
  ({ teacherA, studentA1, studentA2, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("PUT /api/annotations/{id}/feedback", () => {
  it("the class's teacher gives a verdict with a comment: 200, stored once; a second call replaces it", async () => {
    const { quote } = await markedWork();
    const first = await put<AnnotationFeedbackBody>(teacherA, verdictPath(quote.id), { verdict: "AGREE", comment: "  Good catch: a quoted judgement.  " });
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(["comment", "updatedAt", "verdict"]);
    expect(first.body).toMatchObject({ verdict: "AGREE", comment: "Good catch: a quoted judgement." });

    const second = await put<AnnotationFeedbackBody>(teacherA, verdictPath(quote.id), { verdict: "PARTLY" });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ verdict: "PARTLY", comment: null });
    const rows = await db.annotationFeedback.findMany({ where: { annotationId: quote.id } });
    expect(rows).toEqual([expect.objectContaining({ verdict: "PARTLY", comment: null, authorId: fx.teacherA.id })]);
  });

  it("a verdict may be given on a draft that is not handed in yet", async () => {
    const { classmate } = await markedWork();
    expect((await put(teacherA, verdictPath(classmate.id), { verdict: "DISAGREE" })).status).toBe(200);
  });

  it("a student cannot judge their own annotation (403) nor see a classmate's (404); nothing changes", async () => {
    const { quote, classmate } = await markedWork();
    const own = await expectNoClassroomChange(db, () => put(studentA1, verdictPath(quote.id), { verdict: "AGREE" }));
    expect(expectError(own, 403, "forbidden").error.message).toBe("Only the class's teacher can give feedback.");
    expectError(await expectNoClassroomChange(db, () => put(studentA1, verdictPath(classmate.id), { verdict: "DISAGREE" })), 404, "not_found");
  });

  it("another class's teacher gets 404 and nothing changes", async () => {
    const { quote } = await markedWork();
    expectError(await expectNoClassroomChange(db, () => put(teacherB, verdictPath(quote.id), { verdict: "AGREE" })), 404, "not_found");
  });

  it("an annotation that does not exist is 404", async () => {
    expectError(await expectNoClassroomChange(db, () => put(teacherA, verdictPath(crypto.randomUUID()), { verdict: "AGREE" })), 404, "not_found");
  });

  it.each<[string, unknown]>([
    ["an unknown verdict", { verdict: "MAYBE" }],
    ["a verdict in lower case", { verdict: "agree" }],
    ["no verdict", { comment: "Nice." }],
    ["a comment with HTML", { verdict: "AGREE", comment: "<script>alert(1)</script>" }],
    ["a comment over 4000 characters", { verdict: "AGREE", comment: "c".repeat(4001) }],
    ["an unknown field", { verdict: "AGREE", score: 3 }],
  ])("%s is 422 and nothing changes", async (_what, body) => {
    const { quote } = await markedWork();
    expectError(await expectNoClassroomChange(db, () => put(teacherA, verdictPath(quote.id), body)), 422, "validation_failed");
  });
});

describe("PUT /api/assignments/{id}/submissions/{studentId}/feedback", () => {
  it("the teacher comments and scores: 200 with the student's submission, feedback included", async () => {
    const { id } = await markedWork();
    const response = await put<StudentSubmissionBody>(teacherA, overallPath(id, fx.studentA1.id), { comment: "Sharp reading of the mayor's quote.", score: 8.5 });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual([...SUBMISSION_KEYS, "student"].sort());
    expect(response.body).toMatchObject({
      student: { id: fx.studentA1.id, name: "Amara Okafor" },
      status: "SUBMITTED",
      returnedAt: null,
      feedback: { comment: "Sharp reading of the mayor's quote.", score: 8.5 },
    });
  });

  it("score 0 and score 1000 are accepted; null clears the score", async () => {
    const { id } = await markedWork();
    for (const score of [0, 1000, null]) {
      const response = await put<StudentSubmissionBody>(teacherA, overallPath(id, fx.studentA1.id), { score });
      expect({ status: response.status, score: response.body.feedback?.score }).toEqual({ status: 200, score });
    }
  });

  it("a student who has not started has nothing to give feedback on: 409 and nothing changes", async () => {
    const created = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Untouched" });
    const response = await expectNoClassroomChange(db, () => put(teacherA, overallPath(created.body.id, fx.studentA2.id), { comment: "Where is it?" }));
    expectError(response, 409, "conflict");
  });

  it("returning a draft is 409 and nothing changes", async () => {
    const { id } = await markedWork({ submit: false });
    const response = await expectNoClassroomChange(db, () => put(teacherA, overallPath(id, fx.studentA1.id), { comment: "Well done", returned: true }));
    expect(expectError(response, 409, "conflict").error.message).toBe("This work has not been submitted yet, so it cannot be returned.");
  });

  it.each<[string, unknown]>([
    ["a negative score", { score: -1 }],
    ["a score over 1000", { score: 1000.5 }],
    ["a score given as a string", { score: "9" }],
    ["an empty body {}", {}],
    ["returned as a string", { returned: "true" }],
    ["an unknown field", { grade: "A" }],
  ])("%s is 422 and nothing changes", async (_what, body) => {
    const { id } = await markedWork();
    expectError(await expectNoClassroomChange(db, () => put(teacherA, overallPath(id, fx.studentA1.id), body)), 422, "validation_failed");
  });

  it("a student cannot give feedback, not even on their own work: 403 and nothing changes", async () => {
    const { id } = await markedWork();
    for (const studentId of [fx.studentA1.id, fx.studentA2.id]) {
      const response = await expectNoClassroomChange(db, () => put(studentA1, overallPath(id, studentId), { score: 1000, returned: true }));
      expectError(response, 403, "forbidden");
    }
  });

  it.each([
    ["a student of another class", () => fx.studentB.id],
    ["the teacher themself", () => fx.teacherA.id],
    ["a user id that does not exist", () => crypto.randomUUID()],
    ["a malformed id", () => "amara"],
  ])("a student id that is not in the class (%s) is 404 and nothing changes", async (_what, studentId) => {
    const { id } = await markedWork();
    expectError(await expectNoClassroomChange(db, () => put(teacherA, overallPath(id, studentId()), { comment: "?" })), 404, "not_found");
  });

  it("another class's teacher gets 404 and nothing changes", async () => {
    const { id } = await markedWork();
    expectError(await expectNoClassroomChange(db, () => put(teacherB, overallPath(id, fx.studentA1.id), { comment: "Mine" })), 404, "not_found");
  });
});

describe("what the student sees of the feedback, and when", () => {
  it("verdicts and the overall feedback stay hidden from the student until the work is returned, then appear; taking it back hides them", async () => {
    const { id, quote, claim } = await markedWork();
    await put(teacherA, verdictPath(quote.id), { verdict: "AGREE", comment: "Yes: a quoted opinion." });
    await put(teacherA, overallPath(id, fx.studentA1.id), { comment: "Good start.", score: 7 });

    const ownAnnotations = () => studentA1.get<FeedbackAnnotation[]>(`/api/assignments/${id}/annotations`);
    const ownSubmission = () => studentA1.get<SubmissionBody>(`/api/assignments/${id}/submission`);
    const hidden = await ownAnnotations();
    expect(hidden.status).toBe(200);
    for (const annotation of hidden.body) expect(annotation).not.toHaveProperty("feedback");
    expect(hidden.text).not.toContain("quoted opinion");
    expect((await ownSubmission()).body).toMatchObject({ feedback: null, returnedAt: null });

    const teacherView = await teacherA.get<StudentSubmissionBody>(`/api/assignments/${id}/submissions/${fx.studentA1.id}`);
    expect(teacherView.status).toBe(200);
    expect(teacherView.body).toMatchObject({ student: { id: fx.studentA1.id, name: "Amara Okafor" }, feedback: { comment: "Good start.", score: 7 }, returnedAt: null });

    const returned = await put<StudentSubmissionBody>(teacherA, overallPath(id, fx.studentA1.id), { returned: true });
    expect(returned.status).toBe(200);
    expect(returned.body.returnedAt).not.toBeNull();
    const shown = await ownAnnotations();
    expect(shown.body.map((a) => [a.id, a.feedback])).toEqual([
      [quote.id, { verdict: "AGREE", comment: "Yes: a quoted opinion." }],
      [claim.id, null],
    ]);
    expect((await ownSubmission()).body).toMatchObject({ feedback: { comment: "Good start.", score: 7 }, returnedAt: returned.body.returnedAt, canUnsubmit: false });

    expect((await put(teacherA, overallPath(id, fx.studentA1.id), { returned: false })).status).toBe(200);
    for (const annotation of (await ownAnnotations()).body) expect(annotation).not.toHaveProperty("feedback");
    expect((await ownSubmission()).body.feedback).toBeNull();
  });

  it("one student's returned work shows a classmate neither their own verdicts (not yet returned) nor the other's", async () => {
    const { id, quote, classmate } = await markedWork();
    await put(teacherA, verdictPath(classmate.id), { verdict: "DISAGREE", comment: "Not loaded." });
    await put(teacherA, verdictPath(quote.id), { verdict: "AGREE", comment: "Spot on." });
    await put(teacherA, overallPath(id, fx.studentA1.id), { returned: true });
    const a2 = await studentA2.get<FeedbackAnnotation[]>(`/api/assignments/${id}/annotations`);
    expect(a2.body).toHaveLength(1);
    expect(a2.body[0]).not.toHaveProperty("feedback");
    expect((await studentA2.post(`/api/assignments/${id}/submit`)).status).toBe(200);
    const classView = await studentA2.get<FeedbackAnnotation[]>(`/api/assignments/${id}/annotations?scope=class`);
    expect(classView.status).toBe(200);
    expect(classView.body.map((a) => a.id)).toContain(quote.id);
    for (const annotation of classView.body) expect(annotation).not.toHaveProperty("feedback");
    expect(classView.text).not.toContain("Spot on.");
  });
});

describe("GET /api/assignments/{id}/submissions/{studentId}", () => {
  it("a student who has not started gets a draft with no feedback, not an error", async () => {
    const { id } = await markedWork();
    const other = await createUser(db, { name: "Mia Chen", email: uniqueEmail("mia.chen", "feedback"), role: "STUDENT", password: newPassword() });
    await enroll(db, fx.classA.id, other.id, "STUDENT");
    const response = await teacherA.get<StudentSubmissionBody>(`/api/assignments/${id}/submissions/${other.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ student: { id: other.id, name: "Mia Chen" }, status: "DRAFT", feedback: null, counts: { quote: 0 } });
  });

  it("is the teacher's: a student asking is 403, another class's teacher 404", async () => {
    const { id } = await markedWork();
    expectError(await studentA1.get(`/api/assignments/${id}/submissions/${fx.studentA1.id}`), 403, "forbidden");
    expectError(await teacherB.get(`/api/assignments/${id}/submissions/${fx.studentA1.id}`), 404, "not_found");
    expectError(await teacherA.get(`/api/assignments/${id}/submissions/${fx.studentB.id}`), 404, "not_found");
  });
});
