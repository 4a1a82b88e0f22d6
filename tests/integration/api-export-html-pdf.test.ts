import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { DomUtils, parseDocument } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { DEMO_ANNOTATIONS, type DemoAnnotation } from "@/prisma/seed/demo-annotations";
import { createAnnotationRecord, createArticle, createAssignment, createClass, createUser, locatePhrase, submitWork } from "@/prisma/seed/factories";
import { pdfBytesAsText, pdfEncodings, readPdf, squeeze } from "../support/pdf-reading";
import { signIn, type HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { openTestDatabase } from "./support/database";

/**
 * The demo class's three readings of the Lavrov article, with a paragraph in Russian and
 * Greek added (the import accepts such articles, so both exports must show them), downloaded
 * from the real route as HTML and PDF and read back with a real parser of each.
 */
const EXTRA = "Мэр назвал решение «триумфом», а греческая газета написала: Η απόφαση είναι καταστροφή.";

let db: PrismaClient;
let assignmentId: string;
let text: string;
let teacher: HttpSession;
const people: Record<"teacher" | "amara" | "leo" | "dmitri", { id: string; email: string; name: string }> = {} as never;
const password = `export-${randomBytes(6).toString("hex")}`;
const READERS = { amara: "student2", leo: "student3", dmitri: "student4" } as const;
/** Every highlight made, in the order of the export's notes: note n is the n-th. */
const expected: { exact: string; reader: string; start: number; end: number; tag: string; readerId: string }[] = [];

async function download(path: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const response = await fetch(new URL(path, teacher.baseUrl), { headers: { cookie: teacher.cookies.header() ?? "" } });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const exportPath = (query: string) => `/api/assignments/${assignmentId}/export?${query}`;

/** Every way the file could name a person: names, their words, emails, user ids. */
function identities(): string[] {
  return Object.values(people).flatMap((p) => [p.name, ...p.name.split(" "), p.email, p.email.split("@")[0]!, p.id]);
}

beforeAll(async () => {
  db = openTestDatabase();
  const suffix = randomBytes(4).toString("hex");
  const person = async (key: keyof typeof people, name: string, role: "TEACHER" | "STUDENT") => {
    const email = `${key}.${suffix}@export.test`;
    const user = await createUser(db, { email, name, role, password });
    people[key] = { id: user.id, email, name };
  };
  await person("teacher", "Dana Rivera", "TEACHER");
  await person("amara", "Amara Okafor", "STUDENT");
  await person("leo", "Léo Brandt", "STUDENT");
  await person("dmitri", "Dmitri Ivanov", "STUDENT");
  const classId = (await createClass(db, { name: `Media Literacy ${suffix}`, teacherId: people.teacher.id, studentIds: [people.amara.id, people.leo.id, people.dmitri.id] })).id;
  const seed = await readFile(new URL("../../prisma/seed/seed-article.txt", import.meta.url), "utf8");
  const article = await createArticle(db, { title: "Lavrov on the confusion in the Trump administration", text: `${seed}\n\n${EXTRA}`, author: "The Duran", sourceUrl: "https://example.test/lavrov", createdById: people.teacher.id });
  text = article.versions[0]!.text;
  assignmentId = (await createAssignment(db, { classId, articleVersionId: article.versions[0]!.id, title: "Spot the slant: Lavrov", instructions: "Tag the quotes and the loaded words." })).id;
  for (const [reader, demo] of Object.entries(READERS) as [keyof typeof READERS, (typeof READERS)[keyof typeof READERS]][]) {
    const extra: DemoAnnotation[] = reader === "amara" ? [{ phrase: "«триумфом»", tag: "quote", note: "Scare quotes <b>in Russian</b>" }] : reader === "leo" ? [{ phrase: "Η απόφαση είναι καταστροφή.", tag: "opinion" }] : [];
    for (const a of [...DEMO_ANNOTATIONS[demo], ...extra]) {
      const at = locatePhrase(text, a.phrase, a.occurrence);
      await createAnnotationRecord(db, { assignmentId, userId: people[reader].id, text, ...at, tag: a.tag, note: a.note });
      expected.push({ exact: a.phrase, reader: people[reader].name, ...at, tag: a.tag, readerId: people[reader].id });
    }
    await submitWork(db, assignmentId, people[reader].id, new Date("2031-03-13T09:00:00Z"));
  }
  // The notes' order: by place, then by tag in the assignment's order, then by reader.
  const rank = (tag: string) => ["quote", "opinion", "loaded_language", "factual_claim"].indexOf(tag);
  expected.sort((a, b) => a.start - b.start || a.end - b.end || rank(a.tag) - rank(b.tag) || a.readerId.localeCompare(b.readerId));
  teacher = await signIn(people.teacher.email, password);
  const quote = await db.annotation.findFirstOrThrow({ where: { exact: "«триумфом»" } });
  const verdict = await teacher.request("PUT", `/api/annotations/${quote.id}/feedback`, { json: { verdict: "AGREE", comment: "Yes: the quotation marks are the writer's." } });
  expect(verdict.status).toBe(200);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments/{id}/export?format=html", () => {
  it("gives the class's teacher one HTML file with every reader's highlights, labelled, and their notes and feedback", async () => {
    const file = await download(exportPath("format=html&scope=class"));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(file.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''spot-the-slant-lavrov-class-\d{4}-\d{2}-\d{2}\.html$/);
    const doc = parseDocument(new TextDecoder().decode(file.bytes));
    const marks = DomUtils.findAll((e) => e.name === "mark", doc.children);
    const notes = DomUtils.findAll((e) => (e.attribs.id ?? "").startsWith("note-"), doc.children);
    expect(notes).toHaveLength(expected.length);
    expected.forEach((highlight, i) => {
      const n = String(i + 1);
      const pieces = marks.filter((m) => m.attribs["data-notes"]!.split(" ").includes(n));
      expect(pieces.map((m) => DomUtils.textContent(m)).join(""), `highlight ${n}`).toBe(highlight.exact);
      expect(DomUtils.textContent(notes[i]!)).toContain(`${highlight.reader} · `);
    });
    const all = DomUtils.textContent(doc);
    expect(all).toContain(EXTRA);
    expect(all).toContain("Scare quotes <b>in Russian</b>");
    expect(all).toContain("Yes: the quotation marks are the writer's.");
    expect(all).toContain("How the class read it");
    expect(DomUtils.findAll((e) => e.name === "script", doc.children)).toEqual([]);
  });

  it("names no one in a pseudonymised export, not even in the page's markup", async () => {
    const file = await download(exportPath("format=html&scope=class&pseudonymize=1"));
    expect(file.status).toBe(200);
    const html = new TextDecoder().decode(file.bytes);
    expect(html).toContain("Reader 1");
    for (const identity of identities()) expect(html, identity).not.toContain(identity);
  });
});

describe("GET /api/assignments/{id}/export?format=pdf", () => {
  it("gives the class's teacher a PDF on Letter paper whose text holds the article, Cyrillic and Greek included, the legend and the notes", async () => {
    const file = await download(exportPath("format=pdf&scope=class&paper=letter"));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toMatch(/\.pdf$/);
    const pdf = await readPdf(file.bytes);
    for (const page of pdf.pages) expect([page.width, page.height]).toEqual([612, 792]);
    const body = squeeze(pdf.pages.map((p) => p.bodyText).join(""));
    for (const paragraph of text.split("\n\n")) expect(body).toContain(squeeze(paragraph));
    for (const words of ["Quote", "Opinion", "Loaded language", "Factual claim", "wavy line", "Notes", "Class heatmap"]) expect(pdf.text).toContain(words);
    const all = squeeze(pdf.text);
    expect(all).toContain(squeeze("Amara Okafor · Quote"));
    expect(all).toContain(squeeze("Note: Scare quotes <b>in Russian</b>"));
    expect(all).toContain(squeeze("Teacher: Agree — Yes: the quotation marks are the writer's."));
    expect(pdf.info.Title).toBe("Spot the slant: Lavrov");
  });

  it("is set on A4 unless asked otherwise, and refuses a paper it does not know", async () => {
    const pdf = await readPdf((await download(exportPath("format=pdf&scope=student&student=" + people.amara.id))).bytes);
    for (const page of pdf.pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    expect(squeeze(pdf.text)).toContain(squeeze("Work of Amara Okafor"));
    expectError(await teacher.get(exportPath("format=pdf&scope=class&paper=legal")), 422, "validation_failed");
  });

  it("names no one in a pseudonymised export: not in its text, its streams or its information dictionary", async () => {
    const file = await download(exportPath("format=pdf&scope=class&pseudonymize=1"));
    expect(file.status).toBe(200);
    const pdf = await readPdf(file.bytes);
    expect(pdf.text).toContain("Reader 1");
    expect(pdf.info.Author).toBeUndefined();
    const everything = `${pdfBytesAsText(file.bytes)}\n${pdf.text}\n${JSON.stringify(pdf.info)}`;
    for (const identity of identities()) for (const form of pdfEncodings(identity)) expect(everything, identity).not.toContain(form);
  });
});
