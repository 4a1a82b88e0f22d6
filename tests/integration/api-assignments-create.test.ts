import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createArticle, createClass } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError, UUID_PATTERN } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { ASSIGNMENT_KEYS, expectNoClassroomChange, type ArticleBody, type AssignmentBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let studentB: HttpSession;
let teacherB: HttpSession;
let archivedClassId: string;
let teacherBArticleId: string;

const post = (session: HttpSession, body: unknown) => session.post<AssignmentBody>("/api/assignments", body);
const valid = (extra: Record<string, unknown> = {}) => ({ classId: fx.classA.id, articleId: fx.article.id, title: "Who speaks for the river?", ...extra });

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "assignments-create");
  const archived = await createClass(db, { name: "Media Literacy 8A (last year)", teacherId: fx.teacherA.id, studentIds: [fx.studentA1.id] });
  await db.class.update({ where: { id: archived.id }, data: { archivedAt: new Date("2030-07-01T00:00:00.000Z") } });
  archivedClassId = archived.id;
  teacherBArticleId = (await createArticle(db, { title: "Teacher B's own story", text: "A story only teacher B has.", createdById: fx.teacherB.id })).id;
  ({ teacherA, studentA1, studentB, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("POST /api/assignments", () => {
  it("the class's teacher sets an article: 201 with the whole assignment, pinned to the article's current version", async () => {
    const response = await post(teacherA, {
      ...valid(),
      instructions: "  Highlight every claim the council makes.  ",
      dueAt: "2031-05-01T17:00:00+02:00",
      revealPolicy: "MANUAL",
      showClassmateNames: false,
    });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(ASSIGNMENT_KEYS);
    expect(response.body).toEqual({
      id: expect.stringMatching(UUID_PATTERN),
      title: "Who speaks for the river?",
      instructions: "Highlight every claim the council makes.",
      dueAt: "2031-05-01T15:00:00.000Z",
      classId: fx.classA.id,
      className: fx.classA.name,
      revealPolicy: "MANUAL",
      released: false,
      showClassmateNames: false,
      scoreOutOf: null,
      tags: DEFAULT_TAGS,
      article: { id: fx.article.id, title: fx.article.title, author: "Northfield Gazette staff", publishedAt: null, version: 1, versionId: fx.article.versionId, text: fx.article.text, blocks: null },
    });
    const row = await db.assignment.findUniqueOrThrow({ where: { id: response.body.id } });
    expect(row).toMatchObject({ classId: fx.classA.id, articleVersionId: fx.article.versionId, revealPolicy: "MANUAL", revealedAt: null, showClassmateNames: false });
    const fetched = await studentA1.get<AssignmentBody>(`/api/assignments/${response.body.id}`);
    expect(fetched.body).toEqual(response.body);
  });

  it("without the optional fields: no instructions or due date, revealed after submitting, names shown, the default tags", async () => {
    const response = await post(teacherA, valid());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ instructions: null, dueAt: null, revealPolicy: "AFTER_SUBMIT", released: false, showClassmateNames: true, tags: DEFAULT_TAGS });
  });

  it("a due date in the past is accepted (work set after the fact)", async () => {
    const response = await post(teacherA, valid({ dueAt: "2020-01-10T09:00:00Z", revealPolicy: "AFTER_DUE" }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ dueAt: "2020-01-10T09:00:00.000Z", revealPolicy: "AFTER_DUE" });
  });

  it("pins the latest version: after the article is edited, a new assignment gets version 2 and the old ones keep version 1", async () => {
    const article = (await teacherA.post<ArticleBody>("/api/articles", { title: "Ferry timetable", text: "Ferries leave at 8." })).body;
    const first = await post(teacherA, valid({ articleId: article.id }));
    expect((await teacherA.patch(`/api/articles/${article.id}`, { text: "Ferries leave at 9." })).status).toBe(200);
    const second = await post(teacherA, valid({ articleId: article.id }));
    expect(first.body.article).toMatchObject({ version: 1, text: "Ferries leave at 8." });
    expect(second.body.article).toMatchObject({ version: 2, text: "Ferries leave at 9." });
    expect((await teacherA.get<AssignmentBody>(`/api/assignments/${first.body.id}`)).body.article.version).toBe(1);
  });
});

describe("POST /api/assignments with its own tags", () => {
  it("renamed default tags keep their ids, new tags get ids made from their labels, requiresNote defaults to false", async () => {
    const tags = [
      { id: "quote", label: "Direct quote", color: "blue" },
      { id: "opinion", label: "Writer's view", color: "purple", requiresNote: true },
      { label: "Missing context", color: "teal", requiresNote: true },
      { label: "Opinión pública", color: "pink" },
    ];
    const response = await post(teacherA, valid({ tags }));
    expect(response.status).toBe(201);
    expect(response.body.tags).toEqual([
      { id: "quote", label: "Direct quote", color: "blue", requiresNote: false },
      { id: "opinion", label: "Writer's view", color: "purple", requiresNote: true },
      { id: "missing_context", label: "Missing context", color: "teal", requiresNote: true },
      { id: "opinion_publica", label: "Opinión pública", color: "pink", requiresNote: false },
    ]);
    const saved = await studentA1.post(`/api/assignments/${response.body.id}/annotations`, { start: 0, end: 9, tag: "missing_context", note: "Who?" });
    expect(saved.status).toBe(201);
  });

  it("eight tags, one of each colour, is the most an assignment may have", async () => {
    const colours = ["blue", "purple", "orange", "green", "pink", "teal", "brown", "gray"];
    const response = await post(teacherA, valid({ tags: colours.map((color, i) => ({ label: `Tag ${i + 1}`, color })) }));
    expect(response.status).toBe(201);
    expect(response.body.tags.map((t) => t.id)).toEqual(["tag_1", "tag_2", "tag_3", "tag_4", "tag_5", "tag_6", "tag_7", "tag_8"]);
  });

  it.each<[string, unknown]>([
    ["nine tags", ["blue", "purple", "orange", "green", "pink", "teal", "brown", "gray", "blue"].map((color, i) => ({ label: `Tag ${i}`, color }))],
    ["no tags at all", []],
    ["two tags with the same name (in another case)", [{ label: "Spin", color: "blue" }, { label: "spin", color: "green" }]],
    ["two tags with the same colour", [{ label: "Spin", color: "blue" }, { label: "Fact", color: "blue" }]],
    ["a colour not in the palette", [{ label: "Spin", color: "red" }]],
    ["two tags with the same id", [{ id: "spin", label: "Spin", color: "blue" }, { id: "spin", label: "Twist", color: "green" }]],
    ["an id with capitals", [{ id: "Spin", label: "Spin", color: "blue" }]],
    ["an empty label", [{ label: "  ", color: "blue" }]],
    ["a label with HTML", [{ label: "<b>Spin</b>", color: "blue" }]],
    ["an unknown field on a tag", [{ label: "Spin", color: "blue", icon: "star" }]],
  ])("%s is 422 and nothing is stored", async (_what, tags) => {
    expectError(await expectNoClassroomChange(db, () => post(teacherA, valid({ tags }))), 422, "validation_failed");
  });
});

describe("POST /api/assignments: refused requests store nothing", () => {
  it.each<[string, () => unknown]>([
    ["AFTER_DUE without a due date", () => valid({ revealPolicy: "AFTER_DUE" })],
    ["AFTER_DUE with a null due date", () => valid({ revealPolicy: "AFTER_DUE", dueAt: null })],
    ["an unknown reveal policy", () => valid({ revealPolicy: "NEVER" })],
    ["a due date without a time zone", () => valid({ dueAt: "2031-05-01T17:00:00" })],
    ["a due date that is only a day", () => valid({ dueAt: "2031-05-01" })],
    ["an empty title", () => valid({ title: "   " })],
    ["no title", () => ({ classId: fx.classA.id, articleId: fx.article.id })],
    ["a class id that is not a uuid", () => valid({ classId: "9A" })],
    ["showClassmateNames as a string", () => valid({ showClassmateNames: "no" })],
    ["an unknown field", () => valid({ points: 10 })],
  ])("%s is 422", async (_what, body) => {
    expectError(await expectNoClassroomChange(db, () => post(teacherA, body())), 422, "validation_failed");
  });

  it("the 422 for AFTER_DUE without a due date names the due date", async () => {
    const { error } = expectError(await post(teacherA, valid({ revealPolicy: "AFTER_DUE" })), 422, "validation_failed");
    expect(error.message).toMatch(/due at/);
  });

  it("a class the teacher does not teach is 404, like a class that does not exist", async () => {
    const missing = expectError(await expectNoClassroomChange(db, () => post(teacherA, valid({ classId: crypto.randomUUID() }))), 404, "not_found");
    expect(expectError(await expectNoClassroomChange(db, () => post(teacherA, valid({ classId: fx.classB.id }))), 404, "not_found")).toEqual(missing);
  });

  it("an article from another teacher's library is 404", async () => {
    const response = await expectNoClassroomChange(db, () => post(teacherA, valid({ articleId: teacherBArticleId })));
    expect(expectError(response, 404, "not_found").error.message).toBe("The article was not found.");
    expectError(await expectNoClassroomChange(db, () => post(teacherB, { ...valid(), classId: fx.classB.id })), 404, "not_found");
  });

  it("a student of the class cannot set work: 403", async () => {
    const response = await expectNoClassroomChange(db, () => post(studentA1, valid()));
    expect(expectError(response, 403, "forbidden").error.message).toBe("Only the class's teacher can set assignments.");
  });

  it("a student of another class gets 404 for this class", async () => {
    expectError(await expectNoClassroomChange(db, () => post(studentB, valid())), 404, "not_found");
  });

  it("an archived class takes no new work: 409", async () => {
    const response = await expectNoClassroomChange(db, () => post(teacherA, valid({ classId: archivedClassId })));
    expect(expectError(response, 409, "conflict").error.message).toBe("This class is archived. Bring it back before setting new work.");
  });
});
