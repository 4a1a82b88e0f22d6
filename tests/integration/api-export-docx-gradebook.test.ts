import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { labelledSpanScores } from "@/lib/compare/span-scores";
import type { PrismaClient } from "@/lib/db/generated/client";
import { DEMO_ANNOTATIONS } from "@/prisma/seed/demo-annotations";
import { createAnnotationRecord, createArticle, createAssignment, createClass, createUser, locatePhrase, submitWork } from "@/prisma/seed/factories";
import { commentRangeTexts, docxPart, unzipEntries, wordComments } from "../support/read-docx";
import { signIn, type HttpSession } from "../support/http-session";
import { openTestDatabase } from "./support/database";

/**
 * The demo readings of the Lavrov article in a class of four: Benedikt hands in late, Chloé on
 * time and gets her work back with a score and a verdict, Dmitri keeps a draft, Evangeline has
 * not started; the teacher has an answer key. Names are rare words, so a leak cannot hide.
 */
let db: PrismaClient;
let text: string;
let assignmentId: string;
type Person = "teacher" | "ben" | "chloe" | "dmitri" | "eve";
const people = {} as Record<Person, { id: string; email: string; name: string }>;
const sessions = {} as Record<Person, HttpSession>;
const password = `export-${randomBytes(6).toString("hex")}`;
const STUDENTS = ["ben", "chloe", "dmitri"] as const;
const READINGS = { ben: "student2", chloe: "student3", dmitri: "student4" } as const;
const DUE = new Date("2031-03-14T15:00:00Z");

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function download(who: Person, query: string): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Uint8Array }> {
  const response = await fetch(new URL(`/api/assignments/${assignmentId}/export?${query}`, sessions[who].baseUrl), { headers: { cookie: sessions[who].cookies.header()! } });
  return { status: response.status, type: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), bytes: new Uint8Array(await response.arrayBuffer()) };
}

const csvRows = (bytes: Uint8Array) => parse(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1)) as string[][];

beforeAll(async () => {
  db = openTestDatabase();
  const suffix = randomBytes(4).toString("hex");
  const person = async (key: Person, name: string, role: "TEACHER" | "STUDENT") => {
    const email = `${key}.${suffix}@export.test`;
    people[key] = { id: (await createUser(db, { email, name, role, password })).id, email, name };
  };
  await person("teacher", "Dorothea Rivermoor", "TEACHER");
  await person("ben", "Benedikt Quarrington", "STUDENT");
  await person("chloe", "Chloé Marchetti", "STUDENT");
  await person("dmitri", "Dmitri Zhukovsky", "STUDENT");
  await person("eve", "Evangeline Thistlewood", "STUDENT");
  const classId = (await createClass(db, { name: `Media Literacy ${suffix}`, teacherId: people.teacher.id, studentIds: STUDENTS.map((s) => people[s].id).concat(people.eve.id) })).id;
  const article = await createArticle(db, { title: "Lavrov on the confusion in the Trump administration", text: await readFile(new URL("../../prisma/seed/seed-article.txt", import.meta.url), "utf8"), createdById: people.teacher.id, sourceUrl: "https://example.test/lavrov" });
  text = article.versions[0]!.text;
  assignmentId = (await createAssignment(db, { classId, articleVersionId: article.versions[0]!.id, title: "Spot the slant", dueAt: DUE })).id;
  for (const student of STUDENTS) {
    for (const a of DEMO_ANNOTATIONS[READINGS[student]]) {
      await createAnnotationRecord(db, { assignmentId, userId: people[student].id, text, ...locatePhrase(text, a.phrase, a.occurrence), tag: a.tag, note: a.note });
    }
  }
  await submitWork(db, assignmentId, people.ben.id, new Date("2031-03-15T08:00:00Z"));
  await submitWork(db, assignmentId, people.chloe.id, new Date("2031-03-13T08:00:00Z"));
  const chloeFirst = await db.annotation.findFirstOrThrow({ where: { submission: { assignmentId, userId: people.chloe.id }, exact: "frank views" } });
  await db.annotationFeedback.create({ data: { annotationId: chloeFirst.id, authorId: people.teacher.id, verdict: "PARTLY", comment: "Opinion, yes — <b>and</b> loaded?" } });
  await db.submission.update({ where: { assignmentId_userId: { assignmentId, userId: people.chloe.id } }, data: { returnedAt: new Date("2031-03-16T10:00:00Z"), score: 9, feedbackComment: "Careful reading." } });
  // The teacher's key: Chloé's reading minus its first highlight, plus one she did not make.
  for (const a of [...DEMO_ANNOTATIONS.student3.slice(1), { phrase: "paralysed the Trump administration", tag: "loaded_language" as const }]) {
    await createAnnotationRecord(db, { assignmentId, userId: people.teacher.id, text, ...locatePhrase(text, a.phrase), tag: a.tag });
  }
  const key = await db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId, userId: people.teacher.id } } });
  await db.assignment.update({ where: { id: assignmentId }, data: { answerKeySubmissionId: key.id } });
  for (const key of Object.keys(people) as Person[]) sessions[key] = await signIn(people[key].email, password);
});

afterAll(async () => {
  await db.$disconnect();
});

async function spansOf(userId: string) {
  return db.annotation.findMany({ where: { submission: { assignmentId, userId }, deletedAt: null }, select: { start: true, end: true, exact: true, tag: true } });
}

describe("GET /api/assignments/{id}/export?format=docx", () => {
  it("gives the teacher the class as a Word file: one comment per highlight, anchored around exactly its text, by its reader", async () => {
    const file = await download("teacher", "format=docx&scope=class");
    expect(file.status).toBe(200);
    expect(file.type).toBe(DOCX);
    expect(file.disposition).toMatch(/filename="spot-the-slant-class-\d{4}-\d{2}-\d{2}\.docx"/);
    const comments = wordComments(await docxPart(file.bytes, "word/comments.xml"));
    const ranges = commentRangeTexts(await docxPart(file.bytes, "word/document.xml"));
    const stored = (await Promise.all(STUDENTS.map((s) => spansOf(people[s].id)))).flat();
    expect(comments).toHaveLength(stored.length);
    expect(comments.map((c) => ranges.get(c.id)).sort()).toEqual(stored.map((s) => s.exact).sort());
    expect(new Set(comments.map((c) => c.author))).toEqual(new Set(STUDENTS.map((s) => people[s].name)));
    const frank = comments.filter((c) => ranges.get(c.id) === "frank views");
    expect(frank.map((c) => c.text).sort()).toEqual([
      "Benedikt Quarrington · Loaded language\n\nNote: “Frank” makes Lavrov sound honest before we have heard him.",
      "Chloé Marchetti · Opinion\n\nNote: The writer's judgement of Lavrov.\n\nTeacher: Partly — Opinion, yes — <b>and</b> loaded?",
    ]);

    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    // mammoth's raw text leaves out hard line breaks (w:br), which this article has inside paragraphs.
    for (const paragraph of text.split("\n\n")) expect(value).toContain(paragraph.replaceAll("\n", ""));
  });

  it("gives a student their own work with the teacher's feedback once returned", async () => {
    const file = await download("chloe", "format=docx&scope=mine");
    expect(file.status).toBe(200);
    const comments = wordComments(await docxPart(file.bytes, "word/comments.xml"));
    expect(comments).toHaveLength(DEMO_ANNOTATIONS.student3.length);
    expect(new Set(comments.map((c) => c.author))).toEqual(new Set(["Chloé Marchetti"]));
    expect(comments.map((c) => c.text)).toContain("Opinion\n\nNote: The writer's judgement of Lavrov.\n\nTeacher: Partly — Opinion, yes — <b>and</b> loaded?");
  });
});

describe("GET /api/assignments/{id}/export?format=gradebook", () => {
  it("lists every enrolled student, those who have not started too, with counts, hand-in, lateness, score and F1 against the key", async () => {
    const file = await download("teacher", "format=gradebook&scope=class");
    expect(file.status).toBe(200);
    expect(file.type).toBe("text/csv; charset=utf-8");
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(file.bytes);
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(rows.map((r) => r[0])).toEqual(["Benedikt Quarrington", "Chloé Marchetti", "Dmitri Zhukovsky", "Evangeline Thistlewood"]);
    const [ben, chloe, dmitri, eve] = rows as [string[], string[], string[], string[]];
    expect([cell(ben, "status"), cell(ben, "late"), cell(ben, "submitted at (UTC)")]).toEqual(["submitted", "yes", "2031-03-15 08:00"]);
    expect([cell(chloe, "status"), cell(chloe, "late"), cell(chloe, "returned at (UTC)"), cell(chloe, "score")]).toEqual(["returned", "no", "2031-03-16 10:00", "9"]);
    expect([cell(dmitri, "status"), cell(dmitri, "late")]).toEqual(["draft", ""]);
    expect([cell(eve, "status"), cell(eve, "highlights"), cell(eve, "F1 vs key (0-1)")]).toEqual(["not started", "0", "0"]);
    expect(Number(cell(chloe, "highlights"))).toBe(DEMO_ANNOTATIONS.student3.length);
    expect(Number(cell(ben, "notes written"))).toBe(DEMO_ANNOTATIONS.student2.filter((a) => a.note).length);

    const key = await spansOf(people.teacher.id);
    for (const [student, row] of [["ben", ben], ["chloe", chloe], ["dmitri", dmitri]] as const) {
      const scores = labelledSpanScores(await spansOf(people[student].id), key, DEFAULT_TAGS.map((t) => t.id));
      expect(Number(cell(row, "F1 vs key (0-1)")), student).toBeCloseTo(scores.overall.f1, 3);
      expect(Number(cell(row, "Opinion F1 (0-1)")), student).toBeCloseTo(scores.byTag.opinion!.f1, 3);
    }
    expect(Number(cell(chloe, "Quote F1 (0-1)"))).toBe(1);
  });

  it("gives a student only their own row, without the key's scores", async () => {
    const [header, ...rows] = csvRows((await download("dmitri", "format=gradebook&scope=mine")).bytes);
    expect(rows.map((r) => r[0])).toEqual(["Dmitri Zhukovsky"]);
    expect(header!.some((h) => h.includes("F1"))).toBe(false);
  });
});

describe("pseudonymize=1", () => {
  it("leaves no name, email or id of any user in any part of the Word file or the gradebook", async () => {
    const docx = await download("teacher", "format=docx&scope=class&pseudonymize=1");
    const gradebook = await download("teacher", "format=gradebook&scope=class&pseudonymize=1");
    expect([docx.status, gradebook.status]).toEqual([200, 200]);
    const parts = new Map([...(await unzipEntries(docx.bytes))].map(([path, bytes]) => [`docx:${path}`, new TextDecoder().decode(bytes)]));
    parts.set("gradebook", new TextDecoder().decode(gradebook.bytes));
    const secrets = Object.values(people).flatMap((p) => [p.name, p.email, p.id, ...p.name.split(" "), p.email.split("@")[0]!]);
    for (const [path, content] of parts) for (const secret of secrets) expect(content.includes(secret), `${secret} in ${path}`).toBe(false);

    // Reader numbers follow the pseudonyms' order, not the names': three of the four have highlights.
    const authors = new Set(wordComments(parts.get("docx:word/comments.xml")!).map((c) => `${c.author}/${c.initials}`));
    expect(authors.size).toBe(3);
    for (const author of authors) expect(author).toMatch(/^Reader ([1-4])\/R\1$/);
    expect(csvRows(gradebook.bytes).slice(1).map((r) => r[0])).toEqual(["Reader 1", "Reader 2", "Reader 3", "Reader 4"]);
    expect(parts.get("docx:docProps/core.xml")).toContain("<dc:creator>Slant</dc:creator>");
  });
});
