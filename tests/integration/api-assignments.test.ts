import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAssignment, createClass, createUser } from "@/prisma/seed/factories";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, LOADED_WORDS_TAGS, RAW_ARTICLE_TEXT, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import { signIn, type HttpSession } from "../support/http-session";

interface AssignmentListItem {
  id: string;
  title: string;
  className: string;
  tags: unknown;
  dueAt: string | null;
}

interface AssignmentDetail {
  id: string;
  title: string;
  instructions: string | null;
  dueAt: string | null;
  tags: unknown;
  article: { id: string; title: string; version: number; text: string };
}

let db: PrismaClient;
let fx: ClassFixture;
let undated: { id: string; title: string };
let archivedAssignmentId: string;
let studentA1: HttpSession;
let teacherA: HttpSession;
let studentB: HttpSession;
let teacherB: HttpSession;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "assignments");
  // A third class A assignment with no due date: it belongs after the dated ones.
  undated = await createAssignment(db, { classId: fx.classA.id, articleVersionId: fx.article.versionId, title: "Free reading: anything that strikes you" });
  // Last year's class, archived, that student A1 and teacher A were also in.
  const archived = await createClass(db, { name: "Media Literacy 8A (last year)", teacherId: fx.teacherA.id, studentIds: [fx.studentA1.id] });
  await db.class.update({ where: { id: archived.id }, data: { archivedAt: new Date("2030-07-01T00:00:00.000Z") } });
  archivedAssignmentId = (
    await createAssignment(db, { classId: archived.id, articleVersionId: fx.article.versionId, title: "Old homework", dueAt: new Date("2030-05-01T15:00:00.000Z") })
  ).id;
  ({ studentA1, teacherA, studentB, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments", () => {
  it("lists a student's class assignments, soonest due first and undated last, in the documented shape", async () => {
    const response = await studentA1.get<AssignmentListItem[]>("/api/assignments");
    expect(response.status).toBe(200);
    const inClassA = { classId: fx.classA.id, className: fx.classA.name, progress: { state: "not_started" } };
    expect(response.body).toEqual([
      { id: fx.assignmentA2.id, title: fx.assignmentA2.title, ...inClassA, tags: LOADED_WORDS_TAGS, dueAt: "2031-03-07T15:00:00.000Z" },
      { id: fx.assignmentA.id, title: fx.assignmentA.title, ...inClassA, tags: DEFAULT_TAGS, dueAt: "2031-03-14T15:00:00.000Z" },
      { id: undated.id, title: undated.title, ...inClassA, tags: DEFAULT_TAGS, dueAt: null },
    ]);
    for (const item of response.body) expect(Object.keys(item).sort()).toEqual(["classId", "className", "dueAt", "id", "progress", "tags", "title"]);
  });

  it("a teacher sees the assignments of the class they teach, and not another class's", async () => {
    const response = await teacherA.get<AssignmentListItem[]>("/api/assignments");
    expect(response.status).toBe(200);
    expect(response.body.map((a) => a.id)).toEqual([fx.assignmentA2.id, fx.assignmentA.id, undated.id]);
  });

  it("a student of another class sees only that class's assignment", async () => {
    const response = await studentB.get<AssignmentListItem[]>("/api/assignments");
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        id: fx.assignmentB.id,
        title: fx.assignmentB.title,
        classId: fx.classB.id,
        className: fx.classB.name,
        tags: DEFAULT_TAGS,
        dueAt: "2031-03-21T15:00:00.000Z",
        progress: { state: "not_started" },
      },
    ]);
  });

  it("an archived class's assignments are not listed", async () => {
    const ids = (await studentA1.get<AssignmentListItem[]>("/api/assignments")).body.map((a) => a.id);
    expect(ids).not.toContain(archivedAssignmentId);
    expect(ids).toHaveLength(3);
  });

  it("a signed-in user in no class gets an empty list", async () => {
    const email = `newcomer.${crypto.randomUUID().slice(0, 8)}@northfield-high.test`;
    await createUser(db, { email, name: "Noor Haddad", role: "STUDENT", password: fx.studentA1.password });
    const newcomer = await signIn(email, fx.studentA1.password);
    const response = await newcomer.get("/api/assignments");
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: [] });
  });
});

describe("GET /api/assignments/{id}", () => {
  it("gives a student the assignment with its article's canonical text (LF line ends, trimmed, emoji intact)", async () => {
    const response = await studentA1.get<AssignmentDetail>(`/api/assignments/${fx.assignmentA.id}`);
    expect(response.status).toBe(200);
    const expectedText = RAW_ARTICLE_TEXT.replace(/\r\n/g, "\n").trim();
    expect(response.body).toEqual({
      id: fx.assignmentA.id,
      title: fx.assignmentA.title,
      instructions: fx.assignmentA.instructions,
      dueAt: "2031-03-14T15:00:00.000Z",
      classId: fx.classA.id,
      className: fx.classA.name,
      revealPolicy: "AFTER_SUBMIT",
      released: false,
      showClassmateNames: true,
      scoreOutOf: null,
      tags: DEFAULT_TAGS,
      article: { id: fx.article.id, title: "Town council approves riverfront café", author: "Northfield Gazette staff", publishedAt: null, version: 1, versionId: fx.article.versionId, text: expectedText, blocks: null },
    });
    const { text } = response.body.article;
    expect(text).not.toContain("\r");
    expect(text.startsWith("Riverside Café Plan Wins Approval 🎉\n\nThe town council")).toBe(true);
    expect(text.endsWith("cost €1.2 million.")).toBe(true);
  });

  it("gives the class's teacher the same assignment, with an assignment's own tag set", async () => {
    const response = await teacherA.get<AssignmentDetail>(`/api/assignments/${fx.assignmentA2.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: fx.assignmentA2.id, instructions: null, dueAt: "2031-03-07T15:00:00.000Z", tags: LOADED_WORDS_TAGS });
    expect(Object.keys(response.body).sort()).toEqual([
      "article", "classId", "className", "dueAt", "id", "instructions", "released", "revealPolicy", "scoreOutOf", "showClassmateNames", "tags", "title",
    ]);
    expect(Object.keys(response.body.article).sort()).toEqual(["author", "blocks", "id", "publishedAt", "text", "title", "version", "versionId"]);
  });

  it("an undated assignment has dueAt null", async () => {
    const response = await studentA1.get<AssignmentDetail>(`/api/assignments/${undated.id}`);
    expect(response.status).toBe(200);
    expect(response.body.dueAt).toBeNull();
  });

  it("another class's assignment is 404 for its student and its teacher alike, and looks like one that does not exist", async () => {
    const missing = expectError(await studentA1.get(`/api/assignments/${crypto.randomUUID()}`), 404, "not_found");
    expect(expectError(await studentA1.get(`/api/assignments/${fx.assignmentB.id}`), 404, "not_found")).toEqual(missing);
    expect(expectError(await teacherA.get(`/api/assignments/${fx.assignmentB.id}`), 404, "not_found")).toEqual(missing);
    expect(expectError(await studentB.get(`/api/assignments/${fx.assignmentA.id}`), 404, "not_found")).toEqual(missing);
    expect(expectError(await teacherB.get(`/api/assignments/${fx.assignmentA2.id}`), 404, "not_found")).toEqual(missing);
  });

  it.each([
    ["a word", "homework"],
    ["a number", "12345"],
    ["a uuid with a letter out of range", "7d9f1c2e-3b4a-4c5d-8e6f-0a1b2c3d4e5g"],
    ["a uuid with a character too many", "7d9f1c2e-3b4a-4c5d-8e6f-0a1b2c3d4e5f0"],
    ["a uuid without dashes", "7d9f1c2e3b4a4c5d8e6f0a1b2c3d4e5f"],
    ["SQL", encodeURIComponent("' OR '1'='1")],
    ["a percent-encoded NUL", "%00"],
    ["an over-long id", "a".repeat(2000)],
  ])("a malformed id (%s) is 404, never 500", async (_what, id) => {
    expectError(await studentA1.get(`/api/assignments/${id}`), 404, "not_found");
  });
});
