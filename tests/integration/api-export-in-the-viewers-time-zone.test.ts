import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { DomUtils, parseDocument } from "htmlparser2";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, createArticle, createAssignment, createClass, createUser, locatePhrase, submitWork } from "@/prisma/seed/factories";
import { signIn, type HttpSession } from "../support/http-session";
import { readPdf } from "../support/pdf-reading";
import { openTestDatabase } from "./support/database";

/**
 * A teacher in New York exports: every time a person reads in the file is on New York's clock
 * with the zone named, as the pages show it. Due 15:00 UTC on 14 March 2031 is 11:00 EDT (summer
 * time began on the 9th); handed in 02:30 UTC on the 15th is still the 14th in New York.
 */
const DUE = new Date("2031-03-14T15:00:00Z");
const HANDED_IN = new Date("2031-03-15T02:30:00Z");
const TEXT = "The council called the plan a triumph. Critics said it was a reckless waste of public money.";

let db: PrismaClient;
let teacher: HttpSession;
let assignmentId: string;

beforeAll(async () => {
  db = openTestDatabase();
  const suffix = randomBytes(4).toString("hex");
  const password = `zones-${randomBytes(6).toString("hex")}`;
  const email = `rosa.${suffix}@zones.test`;
  const teacherId = (await createUser(db, { email, name: "Rosa Quillfeather", role: "TEACHER", password })).id;
  const studentId = (await createUser(db, { email: `ivo.${suffix}@zones.test`, name: "Ivo Marchbanks", role: "STUDENT", password })).id;
  const classId = (await createClass(db, { name: `Civics ${suffix}`, teacherId, studentIds: [studentId] })).id;
  const article = await createArticle(db, { title: "The pool plan", text: TEXT, createdById: teacherId });
  assignmentId = (await createAssignment(db, { classId, articleVersionId: article.versions[0]!.id, title: "Spot the slant", dueAt: DUE })).id;
  await createAnnotationRecord(db, { assignmentId, userId: studentId, text: TEXT, ...locatePhrase(TEXT, "a reckless waste of public money"), tag: "loaded_language" });
  await db.annotation.updateMany({ where: { submission: { assignmentId, userId: studentId } }, data: { createdAt: new Date("2031-03-14T20:05:00Z") } });
  await submitWork(db, assignmentId, studentId, HANDED_IN);
  teacher = await signIn(email, password);
});

afterAll(async () => {
  await db.$disconnect();
});

/** The export as the teacher's browser asks for it: with its session and the zone cookie the layout's script sets. */
async function exported(format: string): Promise<Uint8Array> {
  const response = await fetch(new URL(`/api/assignments/${assignmentId}/export?format=${format}&scope=class`, teacher.baseUrl), {
    headers: { cookie: `${teacher.cookies.header()!}; tz=America%2FNew_York` },
  });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

const csv = (bytes: Uint8Array) => parse(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1)) as string[][];

describe("an export made by a viewer in New York, read back from the file", () => {
  it("the PDF says when it was due and when it was handed in on New York's clock, and nowhere UTC", async () => {
    const { text } = await readPdf(await exported("pdf"));
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("14 March 2031, 11:00 EDT");
    expect(flat).toContain("submitted 14 March 2031");
    expect(flat).not.toContain("UTC");
  });

  it("so does the HTML", async () => {
    const all = DomUtils.textContent(parseDocument(new TextDecoder().decode(await exported("html"))));
    expect(all).toContain("14 March 2031, 11:00 EDT");
    expect(all).toContain("submitted 14 March 2031");
    expect(all).not.toContain("UTC");
  });

  it("and the Word document", async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await exported("docx")) });
    expect(value).toContain("due 14 March 2031, 11:00 EDT");
    expect(value).toMatch(/exported \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d E[SD]T/);
    expect(value).not.toContain("UTC");
  });

  it("the spreadsheets give New York wall times, and their headings name the zone", async () => {
    const [gradebookHeader, student] = csv(await exported("gradebook"));
    expect(student![gradebookHeader!.indexOf("submitted at (America/New_York)")]).toBe("2031-03-14 22:30");
    const [header, highlight] = csv(await exported("csv"));
    expect(highlight![header!.indexOf("created (America/New_York)")]).toBe("2031-03-14 16:05");
    expect([...gradebookHeader!, ...header!].join(" ")).not.toContain("UTC");
  });
});
