import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleDto } from "@/lib/articles/article-schemas";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";
import { AssignmentDto } from "@/lib/classes/assignment-schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { HttpSession } from "../support/http-session";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { articleForm, uploadArticle } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;

/** Modelled on the page in the report: a site suffix in <title>, a byline, a <time>, a figure with a caption. */
const HARBOR_GAZETTE = `<!DOCTYPE html><html><head><title>Port expansion approved | The Harbor Gazette</title></head><body>
<article>
  <h1>Port expansion approved</h1>
  <p class="byline">By Dana Whitfield</p>
  <p><time datetime="2026-11-03">3 November 2026</time></p>
  <figure><img src="/cranes.jpg" alt="Cranes"><figcaption>New cranes at the east quay. Photo: Harbor Gazette</figcaption></figure>
  <p>The harbor board voted on Monday to expand the container port.</p>
</article></body></html>`;
const CAPTION = "New cranes at the east quay. Photo: Harbor Gazette";
const bytes = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "articles-import-details");
  ({ teacherA, studentA1 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("POST /api/articles: what a web page says about its article", () => {
  it("stores the title without the site's name, the byline's author, the <time> date and the caption as a caption block", async () => {
    const response = await uploadArticle(teacherA, articleForm({ name: "port.html", bytes: bytes(HARBOR_GAZETTE), type: "text/html" }));
    expect(response.status).toBe(201);
    const article = ArticleDto.parse(response.body);
    expect(article).toMatchObject({ title: "Port expansion approved", author: "Dana Whitfield", publishedAt: "2026-11-03" });

    const paragraphs = splitIntoBlocks(article.text).map(({ start, end }) => article.text.slice(start, end));
    expect(paragraphs).toEqual(["Port expansion approved", "By Dana Whitfield", "3 November 2026", CAPTION, "The harbor board voted on Monday to expand the container port."]);
    expect(article.blocks).toEqual([{ type: "heading", level: 1 }, { type: "paragraph" }, { type: "paragraph" }, { type: "caption" }, { type: "paragraph" }]);

    const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { versions: true } });
    expect(row).toMatchObject({ title: "Port expansion approved", author: "Dana Whitfield", publishedAt: new Date("2026-11-03T00:00:00.000Z") });
    expect(row.versions[0]!.blocks).toEqual(article.blocks);
  });

  it("lets what the teacher typed win over what the page says", async () => {
    const form = articleForm({ name: "port.html", bytes: bytes(HARBOR_GAZETTE) }, { author: "D. Whitfield (staff)", publishedAt: "2026-11-04" });
    const article = ArticleDto.parse((await uploadArticle(teacherA, form)).body);
    expect(article).toMatchObject({ author: "D. Whitfield (staff)", publishedAt: "2026-11-04" });
  });

  it("pasted HTML from the JSON API is read the same way", async () => {
    const response = await teacherA.post("/api/articles", { html: HARBOR_GAZETTE });
    expect(response.status).toBe(201);
    expect(ArticleDto.parse(response.body)).toMatchObject({ title: "Port expansion approved", author: "Dana Whitfield", publishedAt: "2026-11-03" });
  });

  it("gives students the author, the date and the caption block with the assignment, and a caption can be highlighted at its exact offsets", async () => {
    const article = ArticleDto.parse((await uploadArticle(teacherA, articleForm({ name: "port.html", bytes: bytes(HARBOR_GAZETTE) }))).body);
    const created = await teacherA.post("/api/assignments", { classId: fx.classA.id, articleId: article.id, title: "Who is speaking at the port?" });
    expect(created.status).toBe(201);
    const assignment = AssignmentDto.parse((await studentA1.get(`/api/assignments/${AssignmentDto.parse(created.body).id}`)).body);
    expect(assignment.article).toMatchObject({ author: "Dana Whitfield", publishedAt: "2026-11-03", text: article.text, blocks: article.blocks });

    const start = article.text.indexOf("east quay");
    const highlight = await studentA1.post(`/api/assignments/${assignment.id}/annotations`, { id: crypto.randomUUID(), start, end: start + "east quay".length, tag: "quote" });
    expect(highlight.status).toBe(201);
    expect(highlight.body).toMatchObject({ start, end: start + 9, exact: "east quay" });
  });
});
