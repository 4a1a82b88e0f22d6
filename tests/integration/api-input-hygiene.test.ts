import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectNoAccountChange, joinCodeOf, newPassword, signUpStudent, uniqueUsername } from "./support/account-data";
import { expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { articleForm, expectNoClassroomChange, fixtureBytes, uploadArticle, type ArticleBody, type AssignmentBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;

const ZERO_WIDTH_ONLY = "\u200B\u200B\u200B";
const utf8 = (text: string) => new TextEncoder().encode(text);
const newArticle = (extra: Record<string, unknown> = {}) => ({ title: "Ferry fares to rise", text: "Fares will rise by 15% in June.", ...extra });
/** A .txt upload with these form fields beside it. */
const uploadTextWith = (fields: Record<string, string>) =>
  uploadArticle(teacherA, articleForm({ name: "ferry.txt", bytes: utf8("Fares will rise.") }, { title: "Ferry", ...fields }));
const newAssignment = (extra: Record<string, unknown> = {}) => ({ classId: fx.classA.id, articleId: fx.article.id, title: "Who pays for the ferries?", ...extra });

/** The request is 422 validation_failed naming `field`, and not one row of any table changed. */
async function expectRefusedNaming(field: string, request: () => Promise<{ status: number; body: unknown; headers: Headers }>) {
  const response = await expectNoClassroomChange(db, request);
  const { error } = expectError(response as never, 422, "validation_failed");
  expect(error.message).toContain(field);
  return error.message;
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "input-hygiene");
  ({ teacherA, studentA1 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("dates PostgreSQL cannot store are 422 naming the field, never 500", () => {
  it.each([
    ["year 0", "0000-01-01T00:00:00Z"],
    ["past year 9999 once the offset is applied", "9999-12-31T23:59:59-14:00"],
    ["year 9999", "9999-06-01T12:00:00Z"],
    ["before 1900", "1899-12-31T23:59:59Z"],
    ["after 2200", "2201-01-01T00:00:00Z"],
  ])("a due date in %s on POST /api/assignments", async (_what, dueAt) => {
    const message = await expectRefusedNaming("due at", () => teacherA.post("/api/assignments", newAssignment({ dueAt })));
    expect(message).toBe("Invalid request body: due at must be between the years 1900 and 2200.");
  });

  it.each([
    ["year 0", "0000-01-01T00:00:00Z"],
    ["past year 9999 once the offset is applied", "9999-12-31T23:59:59-14:00"],
  ])("a due date in %s on PATCH /api/assignments/{id}", async (_what, dueAt) => {
    await expectRefusedNaming("due at", () => teacherA.patch(`/api/assignments/${fx.assignmentA.id}`, { dueAt }));
  });

  it("due dates at both ends of the range are kept", async () => {
    for (const dueAt of ["1900-01-01T00:00:00Z", "2200-12-31T23:59:59Z"]) {
      const response = await teacherA.post<AssignmentBody>("/api/assignments", newAssignment({ dueAt }));
      expect(response.status, dueAt).toBe(201);
      expect(response.body.dueAt).toBe(new Date(dueAt).toISOString());
    }
  });

  it.each(["0000-01-01", "0999-12-31", "2201-01-01", "9999-12-31"])("a publication date of %s on POST /api/articles", async (publishedAt) => {
    const message = await expectRefusedNaming("published at", () => teacherA.post("/api/articles", newArticle({ publishedAt })));
    expect(message).toBe("Invalid request body: published at must be between the years 1000 and 2200.");
  });

  it("a publication date of 0000-01-01 on PATCH /api/articles/{id}", async () => {
    await expectRefusedNaming("published at", () => teacherA.patch(`/api/articles/${fx.article.id}`, { publishedAt: "0000-01-01" }));
  });

  it("a publication date of 0000-01-01 in an upload's form", async () => {
    await expectRefusedNaming("published at", () => uploadTextWith({ publishedAt: "0000-01-01" }));
  });

  it("an old newspaper's date (1898) is kept", async () => {
    const response = await teacherA.post<ArticleBody>("/api/articles", newArticle({ publishedAt: "1898-02-17" }));
    expect(response.status).toBe(201);
    expect(response.body.publishedAt).toBe("1898-02-17");
  });
});

describe("source addresses with characters that cannot be stored are 422 naming the field", () => {
  it.each([
    ["a NUL character", "https://news.test/ferry\u0000fares"],
    ["half of an emoji", "https://news.test/ferry-\uD83D"],
    ["a lone low surrogate", "https://news.test/\uDE00"],
    ["a right-to-left override", "https://news.test/\u202Efdp.exe"],
    ["a zero-width space", "https://news.\u200Btest/ferry"],
    ["a C1 control character", "https://news.test/\u0085ferry"],
  ])("%s in sourceUrl on POST /api/articles", async (_what, sourceUrl) => {
    await expectRefusedNaming("source url", () => teacherA.post("/api/articles", newArticle({ sourceUrl })));
  });

  it("a NUL character in sourceUrl on PATCH /api/articles/{id}", async () => {
    await expectRefusedNaming("source url", () => teacherA.patch(`/api/articles/${fx.article.id}`, { sourceUrl: "https://news.test/a\u0000b" }));
  });

  it("a NUL character in an upload's sourceUrl", async () => {
    await expectRefusedNaming("source url", () => uploadTextWith({ sourceUrl: "https://news.test/a\u0000b" }));
  });

  it("an address with accented letters and an emoji in its path is kept as given", async () => {
    const sourceUrl = "https://zeitung.test/artikel/fähre-🚢?q=größer";
    const response = await teacherA.post<ArticleBody>("/api/articles", newArticle({ sourceUrl }));
    expect(response.status).toBe(201);
    expect(response.body.sourceUrl).toBe(sourceUrl);
  });
});

describe("names and titles of only invisible characters are 'must not be empty'", () => {
  it.each([
    ["zero-width spaces", ZERO_WIDTH_ONLY],
    ["a word joiner and a byte-order mark", "\u2060\uFEFF"],
    ["zero-width joiners and non-joiners", "\u200D\u200C"],
    ["a soft hyphen and a Hangul filler", "\u00AD\u3164"],
  ])("an article title of %s", async (_what, title) => {
    const message = await expectRefusedNaming("title", () => teacherA.post("/api/articles", newArticle({ title })));
    expect(message).toBe("Invalid request body: title must not be empty.");
  });

  it("an assignment title of zero-width spaces", async () => {
    await expectRefusedNaming("title must not be empty", () => teacherA.post("/api/assignments", newAssignment({ title: ZERO_WIDTH_ONLY })));
  });

  it("a class name of zero-width spaces, on create and on rename", async () => {
    await expectRefusedNaming("name must not be empty", () => teacherA.post("/api/classes", { name: ZERO_WIDTH_ONLY }));
    await expectRefusedNaming("name must not be empty", () => teacherA.patch(`/api/classes/${fx.classA.id}`, { name: ZERO_WIDTH_ONLY }));
  });

  it("a tag label of zero-width spaces", async () => {
    await expectRefusedNaming("must not be empty", () =>
      teacherA.post("/api/assignments", newAssignment({ tags: [{ label: ZERO_WIDTH_ONLY, color: "blue" }] })),
    );
  });

  it("a student's name of zero-width spaces at sign-up", async () => {
    const code = await joinCodeOf(db, fx.classA.id);
    const response = await expectNoAccountChange(db, () =>
      signUpStudent({ code, name: ZERO_WIDTH_ONLY, username: uniqueUsername("zw"), password: newPassword() }),
    );
    const { error } = expectError(response, 422, "validation_failed");
    expect(error.message).toBe("Invalid request body: name must not be empty.");
  });

  it("an author of only invisible characters is no author; a note of them is no note", async () => {
    const article = await teacherA.post<ArticleBody>("/api/articles", newArticle({ author: ZERO_WIDTH_ONLY }));
    expect(article.status).toBe(201);
    expect(article.body.author).toBeNull();
    const saved = await studentA1.post<AnnotationBody>(`/api/assignments/${fx.assignmentA.id}/annotations`, {
      ...locatePhrase(fx.article.text, "rigged"),
      tag: "opinion",
      note: "\u200B \u2060",
    });
    expect(saved.status).toBe(201);
    expect(saved.body.note).toBeNull();
  });

  it("zero-width characters inside real words are kept (emoji sequences and Persian need them)", async () => {
    const title = "Family 👨‍👩‍👧 and می‌خواهم";
    const response = await teacherA.post<ArticleBody>("/api/articles", newArticle({ title }));
    expect(response.status).toBe(201);
    expect(response.body.title).toBe(title);
  });
});

/** library-hours.docx with its heading's text replaced by `heading` (XML-escaped, as Word would save it). */
async function docxWithHeading(heading: string): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(fixtureBytes("library-hours.docx"));
  const xml = await zip.file("word/document.xml")!.async("string");
  const escaped = heading.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  zip.file("word/document.xml", xml.replace("Library hours to be cut from April", escaped));
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;
const MARKUP_TITLE = "Kitchen <b>sink</b> <script>alert(101)</script>";

describe("imported titles follow the plain-text rule typed titles do", () => {
  it("an uploaded page's <title> with markup in it becomes its text", async () => {
    const html = page(`<title>${MARKUP_TITLE}</title>`, "<p>The sink is in the kitchen.</p>");
    const response = await uploadArticle(teacherA, articleForm({ name: "kitchen.html", bytes: utf8(html), type: "text/html" }));
    expect(response.status).toBe(201);
    expect(response.body.title).toBe("Kitchen sink");
  });

  it("a pasted page's escaped markup in its first heading becomes its text", async () => {
    const html = page("", "<h1>Kitchen &lt;b&gt;sink&lt;/b&gt; &lt;script&gt;alert(101)&lt;/script&gt;</h1><p>The sink is in the kitchen.</p>");
    const response = await teacherA.post<ArticleBody>("/api/articles", { html });
    expect(response.status).toBe(201);
    expect(response.body.title).toBe("Kitchen sink");
  });

  it("a Word document's first heading with markup typed in it becomes its text", async () => {
    const response = await uploadArticle(teacherA, articleForm({ name: "kitchen.docx", bytes: await docxWithHeading(MARKUP_TITLE) }));
    expect(response.status).toBe(201);
    expect(response.body.title).toBe("Kitchen sink");
  });

  it("a <title> of only zero-width spaces is no title: the first heading is used", async () => {
    const html = page(`<title>${ZERO_WIDTH_ONLY}</title>`, "<h1>Kitchen sink</h1><p>The sink is in the kitchen.</p>");
    const response = await teacherA.post<ArticleBody>("/api/articles", { html });
    expect(response.status).toBe(201);
    expect(response.body.title).toBe("Kitchen sink");
  });

  it("a page whose only title is markup with no text asks for a title: 422 naming the title", async () => {
    const html = page("<title><script>alert(101)</script></title>", "<p>The sink is in the kitchen.</p>");
    const message = await expectRefusedNaming("title", () => teacherA.post("/api/articles", { html }));
    expect(message).toBe("Give the article a title (the file has none).");
  });

  it("a page titled with a text-direction override is refused with the plain-text reason, unless a title is typed", async () => {
    const html = page("<title>Kitchen \u202Eknis</title>", "<p>The sink is in the kitchen.</p>");
    const message = await expectRefusedNaming("title", () => teacherA.post("/api/articles", { html }));
    expect(message).toBe("The file's title must not contain invisible text-direction controls: give the article a title of your own.");
    const typed = await teacherA.post<ArticleBody>("/api/articles", { html, title: "Kitchen sink" });
    expect(typed.status).toBe(201);
  });

  it("a Word document whose heading is only zero-width spaces, with no title typed, asks for one", async () => {
    const form = articleForm({ name: "blank.docx", bytes: await docxWithHeading(ZERO_WIDTH_ONLY) });
    expect(await expectRefusedNaming("title", () => uploadArticle(teacherA, form))).toBe("Give the article a title (the file has none).");
  });
});

describe("broken characters in imported text are refused, not silently changed", () => {
  it("half an emoji in pasted HTML is 422 saying which paragraph", async () => {
    const html = page("<title>Ferry</title>", "<p>Fares rise.</p><p>A ferry \uD83D sails.</p>");
    const message = await expectRefusedNaming("broken character", () => teacherA.post("/api/articles", { html }));
    expect(message).toBe("The article contains a broken character, half of an emoji (in paragraph 2); remove it and try again.");
  });

  it("a broken character in a Word document's text is 422", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes("library-hours.docx"));
    const xml = await zip.file("word/document.xml")!.async("string");
    // A character reference to half a surrogate pair: the XML parser makes it a lone surrogate.
    zip.file("word/document.xml", xml.replace("Sunday opening ends", "Sunday &#55357; opening ends"));
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    await expectRefusedNaming("broken character", () => uploadArticle(teacherA, articleForm({ name: "hours.docx", bytes })));
  });

  it("a paragraph of only zero-width spaces is left out of an imported page", async () => {
    const html = page("<title>Ferry</title>", `<p>Fares rise.</p><p>${ZERO_WIDTH_ONLY}</p><p>Boats sail.</p>`);
    const response = await teacherA.post<ArticleBody>("/api/articles", { html });
    expect(response.status).toBe(201);
    expect(response.body.text).toBe("Fares rise.\n\nBoats sail.");
  });

  it("pasted text or a page of only zero-width spaces is empty: 422", async () => {
    await expectRefusedNaming("empty", () => teacherA.post("/api/articles", newArticle({ text: ZERO_WIDTH_ONLY })));
    await expectRefusedNaming("no text", () => teacherA.post("/api/articles", { title: "Blank", html: page("", `<p>${ZERO_WIDTH_ONLY}</p>`) }));
  });
});
