import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { ARTICLE_KEYS, articleForm, expectNoClassroomChange, uploadArticle, type ArticleBody, type AssignmentBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;

/** A pasted article: Windows line ends, white space around it, accents, a euro sign, a dash and emoji before the phrases we mark. */
const PASTED = [
  "\r\n  Harbour Ferry Fares to Rise 🚢",
  "",
  "Fares on the harbour ferry will rise by 15% in June, the port authority said on Monday. 😡 Commuters called it “daylight robbery”.",
  "",
  "Chief executive Zoë Lindqvist said the rise — the first since 2019 — would pay for two new électrique boats costing €8 million.",
  "  \r\n",
].join("\r\n");
const CANONICAL = PASTED.replace(/\r\n/g, "\n").trim();

const SMALL_PAGE = [
  "<!DOCTYPE html><html><head><title>Bridge reopens</title>",
  "<script>document.write('SCRIPT MUST NOT APPEAR')</script><style>p { color: red }</style></head>",
  "<body><nav>NAV MUST NOT APPEAR</nav><article><h1>Bridge reopens after repairs</h1>",
  "<p>The <strong>Old Mill</strong> bridge reopened on Friday &amp; traffic flowed again.</p>",
  "<script>alert('INLINE SCRIPT MUST NOT APPEAR')</script><p>Drivers were “relieved”.</p></article></body></html>",
].join("\n");

const post = (session: HttpSession, body: unknown) => session.post<ArticleBody>("/api/articles", body);
const raw = (session: HttpSession, body: string, contentType = "application/json") =>
  session.post("/api/articles", undefined, { raw: body, headers: { "content-type": contentType } });

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "articles-create");
  ({ teacherA, studentA1 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("POST /api/articles with pasted text", () => {
  it("stores pasted text as version 1 in its canonical form (LF line ends, trimmed) and answers 201 with the whole article", async () => {
    const response = await post(teacherA, { title: "Ferry fares to rise", text: PASTED });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(ARTICLE_KEYS);
    expect(response.body).toEqual({
      id: expect.any(String),
      title: "Ferry fares to rise",
      author: null,
      sourceUrl: null,
      publishedAt: null,
      version: 1,
      text: CANONICAL,
      blocks: null,
      versions: [{ number: 1, createdAt: expect.any(String), format: "TEXT", assignmentCount: 0 }],
    });
    expect(response.body.text).not.toContain("\r");
    expect(response.body.text.startsWith("Harbour Ferry Fares to Rise 🚢\n\nFares")).toBe(true);
    const row = await db.article.findUniqueOrThrow({ where: { id: response.body.id }, include: { versions: true } });
    expect(row).toMatchObject({ title: "Ferry fares to rise", createdById: fx.teacherA.id });
    expect(row.versions).toEqual([expect.objectContaining({ number: 1, text: CANONICAL, sourceFormat: "TEXT" })]);
  });

  it("keeps the author, source address and publication date it is given", async () => {
    const response = await post(teacherA, {
      title: "Ferry fares to rise",
      author: "  Port reporter  ",
      sourceUrl: "https://harbour-news.test/ferry-fares?ref=rss",
      publishedAt: "2026-03-14",
      text: "Fares will rise by 15% in June.",
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ author: "Port reporter", sourceUrl: "https://harbour-news.test/ferry-fares?ref=rss", publishedAt: "2026-03-14" });
    expect((await db.article.findUniqueOrThrow({ where: { id: response.body.id } })).publishedAt?.toISOString()).toBe("2026-03-14T00:00:00.000Z");
  });

  it("offsets into the canonical text are exact: a highlight after CRLFs, accents and emoji quotes what text.slice gives", async () => {
    const article = (await post(teacherA, { title: "Ferry fares to rise", text: PASTED })).body;
    const assignment = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: article.id, title: "Who pays for the ferries?" });
    expect(assignment.status).toBe(201);
    expect(assignment.body.article.text).toBe(CANONICAL);
    for (const phrase of ["“daylight robbery”", "Zoë Lindqvist", "€8 million", "🚢", "rise — the first since 2019 —"]) {
      const range = locatePhrase(CANONICAL, phrase);
      const saved = await studentA1.post<AnnotationBody>(`/api/assignments/${assignment.body.id}/annotations`, { ...range, tag: "quote" });
      expect(saved.status, phrase).toBe(201);
      expect(saved.body.exact).toBe(phrase);
      expect(saved.body.exact).toBe(CANONICAL.slice(range.start, range.end));
    }
  });

  it("angle brackets that are not HTML tags are kept as text", async () => {
    const response = await post(teacherA, { title: "Hearts", text: "Readers <3 the new café, and 3 < 5 > 2 still holds." });
    expect(response.status).toBe(201);
    expect(response.body.text).toBe("Readers <3 the new café, and 3 < 5 > 2 still holds.");
  });

  it("a lone CR (an old Mac line end) becomes LF too", async () => {
    const response = await post(teacherA, { title: "Old Mac notes", text: "First line.\rSecond line." });
    expect(response.status).toBe(201);
    expect(response.body.text).toBe("First line.\nSecond line.");
  });
});

describe("POST /api/articles with pasted HTML", () => {
  it("extracts the article's text from html: paragraphs kept, scripts, styles and navigation gone", async () => {
    const response = await post(teacherA, { title: "Bridge reopens", html: SMALL_PAGE });
    expect(response.status).toBe(201);
    expect(response.body.text).toBe("Bridge reopens after repairs\n\nThe Old Mill bridge reopened on Friday & traffic flowed again.\n\nDrivers were “relieved”.");
    expect(response.body.versions).toEqual([expect.objectContaining({ number: 1, format: "HTML" })]);
    for (const junk of ["MUST NOT APPEAR", "<", "document.write", "color: red"]) expect(response.body.text).not.toContain(junk);
  });

  it("without a title, takes the page's <title>", async () => {
    const response = await post(teacherA, { html: SMALL_PAGE });
    expect(response.status).toBe(201);
    expect(response.body.title).toBe("Bridge reopens");
  });
});

describe("POST /api/articles: refused requests are 4xx and store nothing", () => {
  it.each<[string, unknown]>([
    ["both text and html", { title: "Both", text: "Plain words.", html: "<p>Plain words.</p>" }],
    ["neither text nor html", { title: "Neither" }],
    ["text that is really HTML", { title: "Tagged", text: "<p>The council met on Tuesday.</p>" }],
    ["empty text", { title: "Empty", text: "" }],
    ["text of only white space and line ends", { title: "Blank", text: "  \r\n\t \r\n " }],
    ["a javascript: source address", { title: "Script link", text: "Words.", sourceUrl: "javascript:alert(1)" }],
    ["an ftp: source address", { title: "FTP link", text: "Words.", sourceUrl: "ftp://files.example.test/story.txt" }],
    ["a source address that is not an address", { title: "No link", text: "Words.", sourceUrl: "the Gazette website" }],
    ["a publication date that is not a date", { title: "When", text: "Words.", publishedAt: "last Tuesday" }],
    ["a publication date with a time", { title: "When", text: "Words.", publishedAt: "2026-03-14T09:00:00Z" }],
    ["an impossible publication date", { title: "When", text: "Words.", publishedAt: "2026-02-30" }],
    ["no title for pasted text (it has none of its own)", { text: "Fares will rise in June." }],
    ["an empty title", { title: "   ", text: "Words." }],
    ["an unknown field", { title: "Extra", text: "Words.", format: "TEXT" }],
    ["text with a NUL character", { title: "Binary", text: "before\u0000after" }],
    ["text with half an emoji", { title: "Broken", text: "A ferry \uD83D sails." }],
    ["text over 200,000 characters", { title: "Long", text: "Fares rise. ".repeat(17_000) }],
    ["html with no text in it", { title: "Empty page", html: "<html><body><script>x()</script><p>  </p></body></html>" }],
    ["html with no title anywhere and none given", { html: "<p>Only a paragraph.</p>" }],
    ["a JSON array", [{ title: "Array", text: "Words." }]],
  ])("%s is 422 validation_failed", async (_what, body) => {
    const response = await expectNoClassroomChange(db, () => raw(teacherA, JSON.stringify(body)));
    expectError(response, 422, "validation_failed");
  });

  it("the 422 for HTML pasted as text says to upload it as a web page", async () => {
    const { error } = expectError(await post(teacherA, { title: "Tagged", text: "<p>The council met.</p>" }), 422, "validation_failed");
    expect(error.message).toBe("This looks like HTML; upload it as an .html file instead.");
  });

  it("a JSON body over 1 MB is 413 payload_too_large", async () => {
    const body = JSON.stringify({ title: "Too long", text: "Fares will rise. ".repeat(64 * 1024) });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    expectError(await expectNoClassroomChange(db, () => raw(teacherA, body)), 413, "payload_too_large");
  });

  it("malformed JSON is 400 malformed_json", async () => {
    expectError(await expectNoClassroomChange(db, () => raw(teacherA, '{"title": "Cut off", "text": "Fares')), 400, "malformed_json");
  });

  it("a student cannot add a pasted article: 403 and nothing is stored", async () => {
    const response = await expectNoClassroomChange(db, () => post(studentA1, { title: "My own article", text: "Words I found." }));
    const { error } = expectError(response, 403, "forbidden");
    expect(error.message).toBe("Only teachers can add articles.");
  });

  it("a student cannot upload an article either: 403 and nothing is stored", async () => {
    const form = articleForm({ name: "notes.txt", bytes: new TextEncoder().encode("My notes on the ferry."), type: "text/plain" }, { title: "Notes" });
    expectError(await expectNoClassroomChange(db, () => uploadArticle(studentA1, form)), 403, "forbidden");
  });
});
