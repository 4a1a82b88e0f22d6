import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, locatePhrase } from "@/prisma/seed/factories";
import { ANNOTATION_KEYS, expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture, type Person } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import type { HttpSession } from "../support/http-session";

let db: PrismaClient;
let fx: ClassFixture;
let studentA1: HttpSession;
let studentA2: HttpSession;
let teacherA: HttpSession;
let studentB: HttpSession;
let teacherB: HttpSession;
/** Annotation ids by what they mark. */
const ids: Record<string, string> = {};

const path = (assignmentId: string, query = "") => `/api/assignments/${assignmentId}/annotations${query}`;

async function annotate(key: string, who: Person, assignmentId: string, phrase: string, tag: string, note?: string) {
  const record = await createAnnotationRecord(db, { assignmentId, userId: who.id, text: fx.article.text, ...locatePhrase(fx.article.text, phrase), tag, note });
  ids[key] = record.id;
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "list");
  // Made out of reading order, to see the API put them back in it.
  await annotate("a1Rigged", fx.studentA1, fx.assignmentA.id, "rigged from the start", "loaded_language", "“Rigged” accuses without evidence.");
  await annotate("a1Triumph", fx.studentA1, fx.assignmentA.id, "a triumph for common sense", "quote");
  await annotate("a2Survey", fx.studentA2, fx.assignmentA.id, "64% of residents support the plan", "factual_claim");
  await annotate("a1OtherAssignment", fx.studentA1, fx.assignmentA2.id, "disastrous", "loaded_language");
  await annotate("bDisastrous", fx.studentB, fx.assignmentB.id, "a disastrous loss of green space", "opinion");
  ({ studentA1, studentA2, teacherA, studentB, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments/{id}/annotations: one's own", () => {
  it("a student gets their own annotations on this assignment, in reading order, without an author", async () => {
    const response = await studentA1.get<AnnotationBody[]>(path(fx.assignmentA.id));
    expect(response.status).toBe(200);
    expect(response.body.map((a) => a.id)).toEqual([ids.a1Triumph, ids.a1Rigged]);
    for (const annotation of response.body) {
      expect(Object.keys(annotation).sort()).toEqual(ANNOTATION_KEYS);
      expect(annotation.exact).toBe(fx.article.text.slice(annotation.start, annotation.end));
    }
    expect(response.body[1]).toMatchObject({ exact: "rigged from the start", tag: "loaded_language", note: "“Rigged” accuses without evidence." });
    expect(response.body[0]).toMatchObject({ exact: "a triumph for common sense", tag: "quote", note: null });
  });

  it("scope=own gives the same list as no scope", async () => {
    const own = await studentA1.get<AnnotationBody[]>(path(fx.assignmentA.id, "?scope=own"));
    expect(own.status).toBe(200);
    expect(own.body).toEqual((await studentA1.get(path(fx.assignmentA.id))).body);
  });

  it("a student never gets a classmate's annotations in their own list", async () => {
    const response = await studentA2.get<AnnotationBody[]>(path(fx.assignmentA.id));
    expect(response.status).toBe(200);
    expect(response.body.map((a) => a.id)).toEqual([ids.a2Survey]);
  });

  it("a student's annotations on another assignment of the class are not listed here", async () => {
    const onA2 = await studentA1.get<AnnotationBody[]>(path(fx.assignmentA2.id));
    expect(onA2.body.map((a) => a.id)).toEqual([ids.a1OtherAssignment]);
  });

  it("a teacher's own list is empty: teachers do not annotate as students", async () => {
    const response = await teacherA.get(path(fx.assignmentA.id));
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: [] });
  });
});

describe("GET /api/assignments/{id}/annotations: a teacher reviewing", () => {
  it("scope=class gives the class's teacher every student's annotations on the assignment, each with its author", async () => {
    const response = await teacherA.get<AnnotationBody[]>(path(fx.assignmentA.id, "?scope=class"));
    expect(response.status).toBe(200);
    expect(response.body.map((a) => [a.id, a.author])).toEqual([
      [ids.a1Triumph, { id: fx.studentA1.id, name: "Amara Okafor" }],
      [ids.a2Survey, { id: fx.studentA2.id, name: "Leo Brandt" }],
      [ids.a1Rigged, { id: fx.studentA1.id, name: "Amara Okafor" }],
    ]);
    for (const annotation of response.body) expect(Object.keys(annotation).sort()).toEqual([...ANNOTATION_KEYS, "author"].sort());
  });

  it("student={id} gives the class's teacher that one student's annotations, with the author", async () => {
    const response = await teacherA.get<AnnotationBody[]>(path(fx.assignmentA.id, `?student=${fx.studentA2.id}`));
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(1);
    expect(response.body[0]).toMatchObject({ id: ids.a2Survey, exact: "64% of residents support the plan", author: { id: fx.studentA2.id, name: "Leo Brandt" } });
  });

  it("a student with no work yet gives the teacher an empty list, not an error", async () => {
    const response = await teacherA.get(path(fx.assignmentA2.id, `?student=${fx.studentA2.id}`));
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: [] });
  });

  it.each([
    ["a student of another class", () => fx.studentB.id],
    ["the teacher themself", () => fx.teacherA.id],
    ["a user id that does not exist", () => crypto.randomUUID()],
  ])("student= %s is 404", async (_what, studentId) => {
    expectError(await teacherA.get(path(fx.assignmentA.id, `?student=${studentId()}`)), 404, "not_found");
  });

  it("another class's teacher cannot review this assignment: 404, as if it did not exist", async () => {
    expectError(await teacherB.get(path(fx.assignmentA.id, "?scope=class")), 404, "not_found");
    expectError(await teacherB.get(path(fx.assignmentA.id, `?student=${fx.studentA1.id}`)), 404, "not_found");
  });
});

describe("GET /api/assignments/{id}/annotations: what students may not see", () => {
  it("a student cannot read the whole class's annotations (scope=class is 403)", async () => {
    const response = await studentA1.get(path(fx.assignmentA.id, "?scope=class"));
    expectError(response, 403, "forbidden");
    expect(response.text).not.toContain(ids.a2Survey!);
  });

  it("a student cannot read a classmate's annotations (student={classmate} is 403)", async () => {
    const response = await studentA1.get(path(fx.assignmentA.id, `?student=${fx.studentA2.id}`));
    expectError(response, 403, "forbidden");
    expect(response.text).not.toContain("64% of residents");
  });

  it("a student asking for themself by id is still 403: the student parameter is for teachers", async () => {
    expectError(await studentA1.get(path(fx.assignmentA.id, `?student=${fx.studentA1.id}`)), 403, "forbidden");
  });

  it("a student of another class gets 404 for this assignment's annotations, whatever the query", async () => {
    expectError(await studentB.get(path(fx.assignmentA.id)), 404, "not_found");
    expectError(await studentB.get(path(fx.assignmentA.id, "?scope=class")), 404, "not_found");
  });

  it("a malformed assignment id is 404, never 500", async () => {
    expectError(await studentA1.get(path("not-an-id")), 404, "not_found");
    expectError(await teacherA.get(path("not-an-id", "?scope=class")), 404, "not_found");
  });
});

describe("GET /api/assignments/{id}/annotations: query validation", () => {
  it.each([
    ["an unknown parameter", "?page=2"],
    ["an unknown parameter beside a known one", "?scope=class&include=notes"],
    ["an unknown scope", "?scope=everyone"],
    ["an empty scope", "?scope="],
    ["a student that is not a uuid", "?student=amara"],
    ["scope=class and student together", () => `?scope=class&student=${fx.studentA1.id}`],
  ])("%s is 422 validation_failed", async (_what, query) => {
    const q = typeof query === "function" ? query() : query;
    expectError(await teacherA.get(path(fx.assignmentA.id, q)), 422, "validation_failed");
  });

  it("an unknown parameter is 422 for a student too, and their list is not returned", async () => {
    const response = await studentA1.get(path(fx.assignmentA.id, "?sort=desc"));
    expectError(response, 422, "validation_failed");
    expect(response.text).not.toContain(ids.a1Rigged!);
  });
});
