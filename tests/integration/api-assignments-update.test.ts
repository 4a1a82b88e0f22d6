import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { expectNoClassroomChange, type AssignmentBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let studentB: HttpSession;
let teacherB: HttpSession;

const assignmentPath = (id: string) => `/api/assignments/${id}`;

/** A fresh assignment for class A, set through the API. */
async function newAssignment(extra: Record<string, unknown> = {}): Promise<AssignmentBody> {
  const response = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Reading the café story", ...extra });
  expect(response.status).toBe(201);
  return response.body;
}

async function highlight(session: HttpSession, assignmentId: string, phrase: string, tag: string) {
  const response = await session.post(`/api/assignments/${assignmentId}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag });
  expect(response.status).toBe(201);
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "assignments-update");
  ({ teacherA, studentA1, studentB, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("PATCH /api/assignments/{id}", () => {
  it("renames an assignment and changes its instructions: 200 with the whole assignment, and students see the change", async () => {
    const assignment = await newAssignment({ instructions: "Find the quotes." });
    const response = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { title: "Spot the spin", instructions: "" });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...assignment, title: "Spot the spin", instructions: null });
    expect((await studentA1.get<AssignmentBody>(assignmentPath(assignment.id))).body.title).toBe("Spot the spin");
  });

  it("moves the due date, and removes it", async () => {
    const assignment = await newAssignment({ dueAt: "2031-05-01T15:00:00Z" });
    const moved = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { dueAt: "2031-05-08T15:00:00Z" });
    expect({ status: moved.status, dueAt: moved.body.dueAt }).toEqual({ status: 200, dueAt: "2031-05-08T15:00:00.000Z" });
    const removed = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { dueAt: null });
    expect({ status: removed.status, dueAt: removed.body.dueAt }).toEqual({ status: 200, dueAt: null });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).dueAt).toBeNull();
  });

  it("changes the reveal policy and whether classmates' names are shown", async () => {
    const assignment = await newAssignment({ dueAt: "2031-05-01T15:00:00Z" });
    const response = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { revealPolicy: "AFTER_DUE", showClassmateNames: false });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ revealPolicy: "AFTER_DUE", showClassmateNames: false, dueAt: "2031-05-01T15:00:00.000Z" });
  });

  it("released true shares a MANUAL assignment's work, false takes it back", async () => {
    const assignment = await newAssignment({ revealPolicy: "MANUAL" });
    const shared = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { released: true });
    expect({ status: shared.status, released: shared.body.released }).toEqual({ status: 200, released: true });
    const revealedAt = (await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).revealedAt;
    expect(revealedAt).not.toBeNull();
    const again = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { released: true });
    expect(again.body.released).toBe(true);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).revealedAt).toEqual(revealedAt);
    const hidden = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { released: false });
    expect({ status: hidden.status, released: hidden.body.released }).toEqual({ status: 200, released: false });
    expect((await studentA1.get<AssignmentBody>(assignmentPath(assignment.id))).body.released).toBe(false);
  });

  it("a tag no one has used can be removed", async () => {
    const assignment = await newAssignment();
    const tags = DEFAULT_TAGS.filter((tag) => tag.id !== "opinion");
    const response = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { tags });
    expect(response.status).toBe(200);
    expect(response.body.tags.map((t) => t.id)).toEqual(["quote", "loaded_language", "factual_claim"]);
  });

  it("a tag students have used cannot be removed: 409 naming it, and nothing changes", async () => {
    const assignment = await newAssignment();
    await highlight(studentA1, assignment.id, "a triumph for common sense", "opinion");
    const tags = DEFAULT_TAGS.filter((tag) => tag.id !== "opinion");
    const response = await expectNoClassroomChange(db, () => teacherA.patch(assignmentPath(assignment.id), { tags }));
    const { error } = expectError(response, 409, "conflict");
    expect(error.message).toBe("Highlights already use Opinion; those tags can be renamed but not removed.");
  });

  it("a used tag can be renamed, recoloured and made to need a note: it keeps its id and the highlight keeps its tag", async () => {
    const assignment = await newAssignment();
    await highlight(studentA1, assignment.id, "rigged from the start", "loaded_language");
    const tags = DEFAULT_TAGS.map((tag) => (tag.id === "loaded_language" ? { ...tag, label: "Spin words", color: "brown", requiresNote: true } : tag));
    const response = await teacherA.patch<AssignmentBody>(assignmentPath(assignment.id), { tags });
    expect(response.status).toBe(200);
    expect(response.body.tags[2]).toEqual({ id: "loaded_language", label: "Spin words", color: "brown", requiresNote: true });
    const own = await studentA1.get<{ tag: string }[]>(`/api/assignments/${assignment.id}/annotations`);
    expect(own.body.map((a) => a.tag)).toEqual(["loaded_language"]);
  });

  it.each<[string, unknown]>([
    ["an empty body {}", {}],
    ["an empty title", { title: "" }],
    ["an unknown reveal policy", { revealPolicy: "SOMETIMES" }],
    ["AFTER_DUE on an assignment without a due date", { revealPolicy: "AFTER_DUE" }],
    ["released as a string", { released: "yes" }],
    ["a due date that is not a date", { dueAt: "next Friday" }],
    ["tags with two of the same colour", { tags: [{ label: "A", color: "blue" }, { label: "B", color: "blue" }] }],
    ["moving the assignment to another class", { classId: crypto.randomUUID() }],
  ])("%s is 422 and nothing changes", async (_what, body) => {
    const assignment = await newAssignment();
    expectError(await expectNoClassroomChange(db, () => teacherA.patch(assignmentPath(assignment.id), body)), 422, "validation_failed");
  });

  it("removing the due date of an AFTER_DUE assignment is 422 and nothing changes", async () => {
    const assignment = await newAssignment({ dueAt: "2031-05-01T15:00:00Z", revealPolicy: "AFTER_DUE" });
    expectError(await expectNoClassroomChange(db, () => teacherA.patch(assignmentPath(assignment.id), { dueAt: null })), 422, "validation_failed");
  });

  it("released applies only to a MANUAL assignment: 422 otherwise, and nothing changes", async () => {
    const assignment = await newAssignment({ revealPolicy: "AFTER_SUBMIT" });
    const response = await expectNoClassroomChange(db, () => teacherA.patch(assignmentPath(assignment.id), { released: true }));
    expect(expectError(response, 422, "validation_failed").error.message).toMatch(/only when the reveal policy is MANUAL/);
  });

  it("a student of the class cannot change the assignment: 403 and nothing changes", async () => {
    const assignment = await newAssignment({ revealPolicy: "MANUAL" });
    for (const body of [{ title: "Easy homework" }, { released: true }, { dueAt: "2040-01-01T00:00:00Z" }]) {
      const response = await expectNoClassroomChange(db, () => studentA1.patch(assignmentPath(assignment.id), body));
      expect(expectError(response, 403, "forbidden").error.message).toBe("Only the class's teacher can change the assignment.");
    }
  });

  it("another class's teacher and student get 404 and nothing changes", async () => {
    const assignment = await newAssignment();
    expectError(await expectNoClassroomChange(db, () => teacherB.patch(assignmentPath(assignment.id), { title: "Mine" })), 404, "not_found");
    expectError(await expectNoClassroomChange(db, () => studentB.patch(assignmentPath(assignment.id), { title: "Mine" })), 404, "not_found");
  });

  it("an assignment that does not exist is 404", async () => {
    expectError(await expectNoClassroomChange(db, () => teacherA.patch(assignmentPath(crypto.randomUUID()), { title: "Ghost" })), 404, "not_found");
  });
});
