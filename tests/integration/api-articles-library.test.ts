import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import { signIn, type HttpSession } from "../support/http-session";
import { newPassword, signUpTeacher, uniqueEmail } from "./support/account-data";
import { expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { ARTICLE_KEYS, expectNoClassroomChange, type ArticleBody, type ArticleSummaryBody, type AssignmentBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let teacherB: HttpSession;
let studentA1: HttpSession;

const SAMPLE_TITLE = "Lavrov on the confusion in the Trump administration";
const FIRST_DRAFT = "Library to close early\r\n\r\nThe library will close at 5 p.m. from April, the council said. Readers were “furious”.";
const FIRST_TEXT = FIRST_DRAFT.replace(/\r\n/g, "\n");
const CORRECTED = "Library to close early\n\nCorrection: the library will close at 6 p.m. from April, the council said. Readers were “furious”. 📚";

const articlePath = (id: string) => `/api/articles/${id}`;

async function addArticle(session: HttpSession, title: string, text: string): Promise<ArticleBody> {
  const response = await session.post<ArticleBody>("/api/articles", { title, text });
  expect(response.status).toBe(201);
  return response.body;
}

async function setAssignment(articleId: string, title: string): Promise<AssignmentBody> {
  const response = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId, title });
  expect(response.status).toBe(201);
  return response.body;
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "articles-library");
  ({ teacherA, teacherB, studentA1 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/articles", () => {
  it("a new teacher's library holds only the sample article; what they add comes first, and nobody else's appears", async () => {
    const account = { name: "Hana Sato", email: uniqueEmail("hana.sato", "articles-library"), password: newPassword() };
    expect((await signUpTeacher(account)).status).toBe(201);
    const teacher = await signIn(account.email, account.password);
    const before = await teacher.get<ArticleSummaryBody[]>("/api/articles");
    expect(before.status).toBe(200);
    expect(before.body).toEqual([{ id: expect.any(String), title: SAMPLE_TITLE, author: null, sourceUrl: null, publishedAt: null, version: 1, assignmentCount: 0 }]);

    const added = await addArticle(teacher, "Bus lanes extended", "The city will extend bus lanes on King Street.");
    const after = await teacher.get<ArticleSummaryBody[]>("/api/articles");
    expect(after.body.map((a) => [a.id, a.title])).toEqual([
      [added.id, "Bus lanes extended"],
      [before.body[0]!.id, SAMPLE_TITLE],
    ]);
    for (const entry of after.body) expect(Object.keys(entry).sort()).toEqual(["assignmentCount", "author", "id", "publishedAt", "sourceUrl", "title", "version"]);
  });

  it("lists a teacher's own articles with how many assignments use them (in any class), and never another teacher's", async () => {
    const mine = await teacherA.get<ArticleSummaryBody[]>("/api/articles");
    expect(mine.status).toBe(200);
    expect(mine.body.find((a) => a.id === fx.article.id)).toMatchObject({ title: fx.article.title, author: "Northfield Gazette staff", assignmentCount: 3 });
    const theirs = await teacherB.get<ArticleSummaryBody[]>("/api/articles");
    expect(theirs.status).toBe(200);
    expect(theirs.body.map((a) => a.id)).not.toContain(fx.article.id);
    const owners = await db.article.findMany({ where: { id: { in: mine.body.map((a) => a.id) } }, select: { createdById: true } });
    expect(new Set(owners.map((o) => o.createdById))).toEqual(new Set([fx.teacherA.id]));
  });
});

describe("GET /api/articles/{id}", () => {
  it("gives the owner the article with its text and versions", async () => {
    const response = await teacherA.get<ArticleBody>(articlePath(fx.article.id));
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(ARTICLE_KEYS);
    expect(response.body).toMatchObject({ id: fx.article.id, title: fx.article.title, version: 1, text: fx.article.text });
    expect(response.body.versions).toEqual([{ number: 1, createdAt: expect.any(String), format: "TEXT", assignmentCount: 3 }]);
  });

  it("another teacher's article is 404, exactly like one that does not exist; a student gets 404 too", async () => {
    const missing = expectError(await teacherB.get(articlePath(crypto.randomUUID())), 404, "not_found");
    expect(expectError(await teacherB.get(articlePath(fx.article.id)), 404, "not_found")).toEqual(missing);
    expect(expectError(await studentA1.get(articlePath(fx.article.id)), 404, "not_found")).toEqual(missing);
    expectError(await teacherA.get(articlePath("not-an-article")), 404, "not_found");
  });
});

describe("PATCH /api/articles/{id}", () => {
  it("new text becomes version 2; an assignment set on version 1 keeps version 1's text and its highlights still line up", async () => {
    const article = await addArticle(teacherA, "Library to close early", FIRST_DRAFT);
    const onFirst = await setAssignment(article.id, "Who is furious?");
    const range = locatePhrase(FIRST_TEXT, "close at 5 p.m.");
    const highlight = await studentA1.post<AnnotationBody>(`/api/assignments/${onFirst.id}/annotations`, { ...range, tag: "factual_claim" });
    expect(highlight.body.exact).toBe("close at 5 p.m.");

    const edited = await teacherA.patch<ArticleBody>(articlePath(article.id), { text: CORRECTED });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, text: CORRECTED });
    expect(edited.body.versions.map((v) => [v.number, v.format, v.assignmentCount])).toEqual([
      [2, "TEXT", 0],
      [1, "TEXT", 1],
    ]);

    const assignment = await studentA1.get<AssignmentBody>(`/api/assignments/${onFirst.id}`);
    expect(assignment.body.article).toMatchObject({ id: article.id, version: 1, text: FIRST_TEXT });
    const listed = await studentA1.get<AnnotationBody[]>(`/api/assignments/${onFirst.id}/annotations`);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ ...range, exact: "close at 5 p.m." });
    expect(FIRST_TEXT.slice(listed.body[0]!.start, listed.body[0]!.end)).toBe(listed.body[0]!.exact);

    const onSecond = await setAssignment(article.id, "After the correction");
    expect(onSecond.article).toMatchObject({ version: 2, text: CORRECTED });
    const second = await studentA1.post<AnnotationBody>(`/api/assignments/${onSecond.id}/annotations`, { ...locatePhrase(CORRECTED, "6 p.m."), tag: "factual_claim" });
    expect(second.body.exact).toBe("6 p.m.");
  });

  it("the same text again (even with CRLF line ends) makes no new version", async () => {
    const article = await addArticle(teacherA, "Library to close early", FIRST_DRAFT);
    const response = await teacherA.patch<ArticleBody>(articlePath(article.id), { text: FIRST_DRAFT });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ version: 1, text: FIRST_TEXT });
    expect(response.body.versions).toHaveLength(1);
    expect(await db.articleVersion.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("changing only the details keeps the version and the text", async () => {
    const article = await addArticle(teacherA, "Library to close early", FIRST_DRAFT);
    const response = await teacherA.patch<ArticleBody>(articlePath(article.id), {
      title: "Library hours cut",
      author: "City desk",
      sourceUrl: "http://city-news.test/library",
      publishedAt: "2026-04-01",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: "Library hours cut", author: "City desk", sourceUrl: "http://city-news.test/library", publishedAt: "2026-04-01", version: 1, text: FIRST_TEXT });
    const cleared = await teacherA.patch<ArticleBody>(articlePath(article.id), { author: "", sourceUrl: "", publishedAt: "" });
    expect(cleared.body).toMatchObject({ author: null, sourceUrl: null, publishedAt: null, version: 1 });
  });

  it.each<[string, unknown]>([
    ["an empty body {}", {}],
    ["empty text", { text: "" }],
    ["text that is HTML", { text: "<p>Library closes.</p>" }],
    ["html (only pasted text can be edited)", { html: "<p>Library closes.</p>" }],
    ["an empty title", { title: " " }],
    ["a javascript: source address", { sourceUrl: "javascript:void(0)" }],
    ["a publication date that is not a date", { publishedAt: "April" }],
    ["an unknown field", { version: 3 }],
  ])("%s is 422 and changes nothing", async (_what, body) => {
    const article = await addArticle(teacherA, "Library to close early", FIRST_DRAFT);
    expectError(await expectNoClassroomChange(db, () => teacherA.patch(articlePath(article.id), body)), 422, "validation_failed");
  });

  it("another teacher, or a student, cannot change the article: 404 and nothing changes", async () => {
    expectError(await expectNoClassroomChange(db, () => teacherB.patch(articlePath(fx.article.id), { title: "Mine now" })), 404, "not_found");
    expectError(await expectNoClassroomChange(db, () => teacherB.patch(articlePath(fx.article.id), { text: "Replaced." })), 404, "not_found");
    expectError(await expectNoClassroomChange(db, () => studentA1.patch(articlePath(fx.article.id), { title: "Mine now" })), 404, "not_found");
  });

  it("an article id that does not exist, or is malformed, is 404", async () => {
    expectError(await expectNoClassroomChange(db, () => teacherA.patch(articlePath(crypto.randomUUID()), { title: "Ghost" })), 404, "not_found");
    expectError(await expectNoClassroomChange(db, () => teacherA.patch(articlePath("1 OR 1=1"), { title: "Ghost" })), 404, "not_found");
  });
});
