import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { expectNoClassroomChange, put, type AssignmentBody, type ProgressRowBody, type SubmissionBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

/** An annotation as the teacher's review of one student gets it. */
type ReviewedAnnotation = AnnotationBody & {
  feedback: { verdict: string; comment: string | null } | null;
  editedAfterFeedback: boolean;
  deletedAt: string | null;
};
type OwnAnnotation = AnnotationBody & { feedback?: unknown; feedbackGiven?: boolean };

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let studentA2: HttpSession;

const TAGS = [
  { id: "quote", label: "Quote", color: "blue" },
  { id: "opinion", label: "Opinion", color: "purple", requiresNote: true },
];
const COMMENT = "Yes: the mayor's own judgement, quoted.";

/** A draft by student A1 (a quote and an opinion with its note); the teacher has judged the quote. */
async function judgedDraft(settings: Record<string, unknown> = {}) {
  const created = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Judged early", tags: TAGS, ...settings });
  expect(created.status).toBe(201);
  const id = created.body.id;
  const save = async (phrase: string, tag: string, note?: string) => {
    const response = await studentA1.post<AnnotationBody>(`/api/assignments/${id}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag, note });
    expect(response.status).toBe(201);
    return response.body;
  };
  const quote = await save("a triumph for common sense", "quote");
  const opinion = await save("rigged from the start", "opinion", "Says who?");
  expect((await put(teacherA, `/api/annotations/${quote.id}/feedback`, { verdict: "AGREE", comment: COMMENT })).status).toBe(200);
  return { id, quote, opinion };
}

const review = async (assignmentId: string) => {
  const response = await teacherA.get<ReviewedAnnotation[]>(`/api/assignments/${assignmentId}/annotations?student=${fx.studentA1.id}`);
  expect(response.status).toBe(200);
  return response.body;
};
const own = async (assignmentId: string) => (await studentA1.get<OwnAnnotation[]>(`/api/assignments/${assignmentId}/annotations`));
const returnWork = (assignmentId: string) => put(teacherA, `/api/assignments/${assignmentId}/submissions/${fx.studentA1.id}/feedback`, { returned: true });

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "feedback-changes");
  ({ teacherA, studentA1, studentA2 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("a highlight the student changes after the teacher's verdict", () => {
  it("can still be changed while the work is a draft, and the teacher sees it was edited after the feedback, the verdict kept", async () => {
    const { id, quote, opinion } = await judgedDraft();
    expect((await review(id)).map((a) => [a.id, a.editedAfterFeedback])).toEqual([[quote.id, false], [opinion.id, false]]);

    const edited = await studentA1.patch<AnnotationBody>(`/api/annotations/${quote.id}`, { note: "Now I think it is loaded language too." });
    expect(edited.status).toBe(200);
    const [reviewed, untouched] = await review(id);
    expect(reviewed).toMatchObject({ id: quote.id, note: "Now I think it is loaded language too.", editedAfterFeedback: true, deletedAt: null, feedback: { verdict: "AGREE", comment: COMMENT } });
    expect(untouched).toMatchObject({ id: opinion.id, editedAfterFeedback: false, feedback: null });
  });

  it("a change of tag counts too; a save that changes nothing does not", async () => {
    const { id, quote } = await judgedDraft();
    expect((await studentA1.patch(`/api/annotations/${quote.id}`, { note: null })).status).toBe(200);
    expect((await review(id))[0]!.editedAfterFeedback).toBe(false);
    expect((await studentA1.patch(`/api/annotations/${quote.id}`, { tag: "opinion", note: "A judgement." })).status).toBe(200);
    expect((await review(id))[0]).toMatchObject({ tag: "opinion", editedAfterFeedback: true });
  });

  it("changes made before the verdict are not marked, and a new verdict on the changed highlight clears the mark", async () => {
    const { id, opinion } = await judgedDraft();
    expect((await studentA1.patch(`/api/annotations/${opinion.id}`, { note: "Says the critics." })).status).toBe(200);
    expect((await put(teacherA, `/api/annotations/${opinion.id}/feedback`, { verdict: "PARTLY" })).status).toBe(200);
    expect((await review(id))[1]).toMatchObject({ id: opinion.id, editedAfterFeedback: false });
    expect((await studentA1.patch(`/api/annotations/${opinion.id}`, { note: "Says the critics, without evidence." })).status).toBe(200);
    expect((await review(id))[1]!.editedAfterFeedback).toBe(true);
    expect((await put(teacherA, `/api/annotations/${opinion.id}/feedback`, { verdict: "AGREE", comment: "Better." })).status).toBe(200);
    expect((await review(id))[1]).toMatchObject({ editedAfterFeedback: false, feedback: { verdict: "AGREE", comment: "Better." } });
  });

  it("the student learns that a highlight has feedback, but neither the verdict nor the comment before the work is returned", async () => {
    const { id, quote, opinion } = await judgedDraft();
    const listed = await own(id);
    expect(listed.body.map((a) => [a.id, a.feedbackGiven ?? false])).toEqual([[quote.id, true], [opinion.id, false]]);
    for (const annotation of listed.body) expect(annotation).not.toHaveProperty("feedback");
    expect(listed.text).not.toContain(COMMENT);
    expect(listed.text).not.toContain("AGREE");
  });
});

describe("a highlight with feedback that the student deletes", () => {
  it("is gone for the student (204, not listed, not counted) but kept in the teacher's review with its verdict and comment, as deleted by the student", async () => {
    const { id, quote, opinion } = await judgedDraft();
    const deleted = await studentA1.delete(`/api/annotations/${quote.id}`);
    expect({ status: deleted.status, text: deleted.text }).toEqual({ status: 204, text: "" });

    expect((await own(id)).body.map((a) => a.id)).toEqual([opinion.id]);
    expect((await studentA1.get<SubmissionBody>(`/api/assignments/${id}/submission`)).body.counts).toEqual({ quote: 0, opinion: 1 });
    const progress = await teacherA.get<ProgressRowBody[]>(`/api/assignments/${id}/progress`);
    expect(progress.body.find((row) => row.student.id === fx.studentA1.id)?.annotationCount).toBe(1);
    expect((await teacherA.get<AnnotationBody[]>(`/api/assignments/${id}/annotations?scope=class`)).body.map((a) => a.id)).toEqual([opinion.id]);

    const [kept, live] = await review(id);
    expect(kept).toMatchObject({ exact: "a triumph for common sense", tag: "quote", feedback: { verdict: "AGREE", comment: COMMENT }, deletedAt: expect.any(String) });
    expect(live).toMatchObject({ id: opinion.id, deletedAt: null });
  });

  it("cannot be reached by the student any more: changing or deleting it again is 404", async () => {
    const { quote } = await judgedDraft();
    expect((await studentA1.delete(`/api/annotations/${quote.id}`)).status).toBe(204);
    expectError(await expectNoClassroomChange(db, () => studentA1.patch(`/api/annotations/${quote.id}`, { note: "Back?" })), 404, "not_found");
    expectError(await expectNoClassroomChange(db, () => studentA1.delete(`/api/annotations/${quote.id}`)), 404, "not_found");
  });

  it("does not block a new highlight saved with the same id: 201, a new highlight with no feedback", async () => {
    const { id, quote } = await judgedDraft();
    expect((await studentA1.delete(`/api/annotations/${quote.id}`)).status).toBe(204);
    const again = await studentA1.post<AnnotationBody>(`/api/assignments/${id}/annotations`, { id: quote.id, start: quote.start, end: quote.end, tag: "quote" });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(quote.id);
    expect((await own(id)).body.find((a) => a.id === quote.id)?.feedbackGiven).toBeUndefined();
    expect((await review(id)).filter((a) => a.exact === "a triumph for common sense").map((a) => [a.id === quote.id, a.deletedAt === null])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it("comes back with its verdict and comment when the student undoes the delete (saved again under its id, undoesDelete): the teacher's review lists it once", async () => {
    const { id, quote } = await judgedDraft();
    expect((await studentA1.delete(`/api/annotations/${quote.id}`)).status).toBe(204);
    const again = await studentA1.post<OwnAnnotation>(`/api/assignments/${id}/annotations`, { id: quote.id, start: quote.start, end: quote.end, tag: "quote", undoesDelete: true });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: quote.id, feedbackGiven: true });
    expect((await own(id)).body.find((a) => a.id === quote.id)?.feedbackGiven).toBe(true);
    const triumph = (await review(id)).filter((a) => a.exact === "a triumph for common sense");
    expect(triumph).toEqual([expect.objectContaining({ id: quote.id, deletedAt: null, feedback: { verdict: "AGREE", comment: COMMENT }, editedAfterFeedback: false })]);
  });

  it("undoing a delete made after a change the teacher has not judged keeps the mark that it was edited after the feedback", async () => {
    const { id, quote } = await judgedDraft();
    const changed = await studentA1.patch<AnnotationBody>(`/api/annotations/${quote.id}`, { note: "The mayor's words." });
    expect(changed.status).toBe(200);
    expect((await studentA1.delete(`/api/annotations/${quote.id}`)).status).toBe(204);
    const again = await studentA1.post(`/api/assignments/${id}/annotations`, { id: quote.id, start: quote.start, end: quote.end, tag: "quote", note: "The mayor's words.", undoesDelete: true });
    expect(again.status).toBe(201);
    const [back] = (await review(id)).filter((a) => a.exact === "a triumph for common sense");
    expect(back).toMatchObject({ id: quote.id, feedback: { verdict: "AGREE" }, editedAfterFeedback: true });
  });

  it("undoing a delete brings back only the feedback of that highlight: one saved over other words or with another tag starts without any", async () => {
    const { id, quote } = await judgedDraft();
    expect((await studentA1.delete(`/api/annotations/${quote.id}`)).status).toBe(204);
    const other = await studentA1.post<OwnAnnotation>(`/api/assignments/${id}/annotations`, { id: quote.id, start: quote.start, end: quote.end, tag: "opinion", note: "Mine.", undoesDelete: true });
    expect(other.status).toBe(201);
    expect(other.body.feedbackGiven).toBeUndefined();
    expect((await review(id)).filter((a) => a.exact === "a triumph for common sense").map((a) => a.deletedAt === null).sort()).toEqual([false, true]);
  });

  it("no longer counts for submitting: a deleted opinion without a note does not block handing in", async () => {
    const { id, opinion } = await judgedDraft();
    expect((await studentA1.patch(`/api/annotations/${opinion.id}`, { note: null })).status).toBe(200);
    expect((await put(teacherA, `/api/annotations/${opinion.id}/feedback`, { verdict: "DISAGREE", comment: "Not an opinion." })).status).toBe(200);
    expect((await studentA1.delete(`/api/annotations/${opinion.id}`)).status).toBe(204);
    const submitted = await studentA1.post<SubmissionBody>(`/api/assignments/${id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: "SUBMITTED", missingNotes: [], counts: { quote: 1, opinion: 0 } });
  });

  it("never reappears for the student or a classmate: not after the work is returned, nor in the class's highlights after the reveal", async () => {
    const { id, quote } = await judgedDraft({ revealPolicy: "ALWAYS" });
    expect((await studentA1.delete(`/api/annotations/${quote.id}`)).status).toBe(204);
    expect((await studentA1.post(`/api/assignments/${id}/submit`)).status).toBe(200);
    expect((await returnWork(id)).status).toBe(200);
    const returned = await own(id);
    expect(returned.body.map((a) => a.exact)).toEqual(["rigged from the start"]);
    expect(returned.text).not.toContain(COMMENT);
    const classmates = await studentA2.get<AnnotationBody[]>(`/api/assignments/${id}/annotations?scope=class`);
    expect(classmates.status).toBe(200);
    expect(classmates.body.map((a) => a.exact)).toEqual(["rigged from the start"]);
  });

  it("keeps its verdict as it was: the teacher's new verdict on it is 409 and nothing changes", async () => {
    const { id, quote } = await judgedDraft();
    expect((await studentA1.delete(`/api/annotations/${quote.id}`)).status).toBe(204);
    const kept = (await review(id)).find((a) => a.deletedAt !== null)!;
    const response = await expectNoClassroomChange(db, () => put(teacherA, `/api/annotations/${kept.id}/feedback`, { verdict: "DISAGREE" }));
    expect(expectError(response, 409, "conflict").error.message).toBe("The student has deleted this highlight; your feedback on it is kept as it was.");
  });
});

describe("a highlight without feedback that the student deletes", () => {
  it("is removed for good, and the teacher's review does not list it", async () => {
    const { id, opinion } = await judgedDraft();
    expect((await studentA1.delete(`/api/annotations/${opinion.id}`)).status).toBe(204);
    expect(await db.annotation.findUnique({ where: { id: opinion.id } })).toBeNull();
    expect((await review(id)).map((a) => a.exact)).toEqual(["a triumph for common sense"]);
  });
});
