import { randomBytes } from "node:crypto";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { forgedDocxBomb } from "../support/forge-zip-sizes";
import type { HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { ARTICLE_KEYS, articleForm, encodeForm, expectNoClassroomChange, fixtureBytes, uploadArticle } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacher: HttpSession;

const utf8 = (text: string) => new TextEncoder().encode(text);
const PDF_BYTES = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function zipOf(files: Record<string, string>): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

const postRaw = (body: string | Uint8Array<ArrayBuffer>, contentType: string) =>
  teacher.post("/api/articles", undefined, { raw: body, headers: { "content-type": contentType } });

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "articles-upload");
  teacher = await fx.signIn(fx.teacherA);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("POST /api/articles with an uploaded file", () => {
  it("a saved web page becomes an HTML article: 201, titled from its <title>, its byline's author and date, only the story's text kept", async () => {
    const response = await uploadArticle(teacher, articleForm({ name: "council-cafe.html", bytes: fixtureBytes("council-cafe.html"), type: "text/html" }));
    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(ARTICLE_KEYS);
    expect(response.body).toMatchObject({ title: "Council votes to save Rosa’s Café & Reading Room | The Riverside Gazette", version: 1, author: "Marta López", publishedAt: "2026-03-14" });
    expect(response.body.text.startsWith("Council votes to save Rosa’s Café\n\nBy Marta López · 14 March 2026\n\nRosa Díaz outside the café on Tuesday. Photo: Riverside Gazette\n\nThe town council voted 7–2 on Tuesday night")).toBe(true);
    expect(response.body.text.endsWith("The café will stay open during the sale. ☕ 🎉")).toBe(true);
    for (const junk of ["MUST NOT APPEAR", "alert", "WRITTEN BY SCRIPT", "Share this story", "<"]) expect(response.body.text).not.toContain(junk);
    expect(response.body.versions).toEqual([expect.objectContaining({ number: 1, format: "HTML", assignmentCount: 0 })]);
    const version = await db.articleVersion.findFirstOrThrow({ where: { articleId: response.body.id } });
    expect(version).toMatchObject({ text: response.body.text, sourceFormat: "HTML" });
    expect(version.blocks).not.toBeNull();
  });

  it("form fields beside the file set the title, author, source and date", async () => {
    const form = articleForm(
      { name: "council-cafe.htm", bytes: fixtureBytes("council-cafe.html") },
      { title: "Rosa's Café saved", author: "Marta López", sourceUrl: "https://riverside-gazette.test/cafe", publishedAt: "2026-03-14" },
    );
    const response = await uploadArticle(teacher, form);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ title: "Rosa's Café saved", author: "Marta López", sourceUrl: "https://riverside-gazette.test/cafe", publishedAt: "2026-03-14" });
  });

  it("a Word document becomes a DOCX article titled from its first heading", async () => {
    const response = await uploadArticle(teacher, articleForm({ name: "library-hours.docx", bytes: fixtureBytes("library-hours.docx") }));
    expect(response.status).toBe(201);
    expect(response.body.title).toBe("Library hours to be cut from April");
    expect(response.body.text.startsWith("Library hours to be cut from April\n\nThe Westfield Library will close at 5\u00A0p.m. on weekdays")).toBe(true);
    expect(response.body.text).toContain("Sunday opening ends 📚");
    expect(response.body.versions).toEqual([expect.objectContaining({ number: 1, format: "DOCX" })]);
  });

  it("a .txt file becomes a TEXT article in canonical form (byte-order mark and CRLFs gone)", async () => {
    const bytes = utf8("\uFEFFBus lanes extended\r\n\r\nThe city will extend bus lanes on King Street. 🚌\r\n");
    const response = await uploadArticle(teacher, articleForm({ name: "bus-lanes.txt", bytes, type: "text/plain" }, { title: "Bus lanes" }));
    expect(response.status).toBe(201);
    expect(response.body.text).toBe("Bus lanes extended\n\nThe city will extend bus lanes on King Street. 🚌");
    expect(response.body.versions[0]?.format).toBe("TEXT");
  });
});

describe("POST /api/articles: the size limit and the media type", () => {
  it("a Word document just over 5 MB is 413 (the limit is on the file, not only on the whole form)", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes("library-hours.docx"));
    zip.file("customXml/filler.bin", new Uint8Array(randomBytes(5 * 1024 * 1024 + 1024)), { compression: "STORE" });
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    expect(bytes.length).toBeGreaterThan(5 * 1024 * 1024);
    const response = await expectNoClassroomChange(db, () => uploadArticle(teacher, articleForm({ name: "library-hours.docx", bytes })));
    expectError(response, 413, "payload_too_large");
  });

  it("a media type is case-insensitive: Multipart/Form-Data is read as an upload", async () => {
    const { raw, contentType } = await encodeForm(articleForm({ name: "bus-lanes.txt", bytes: utf8("The city will extend bus lanes.") }, { title: "Bus lanes" }));
    const response = await postRaw(raw, contentType.replace("multipart/form-data", "Multipart/Form-Data"));
    expect(response.status).toBe(201);
  });
});

describe("POST /api/articles: uploads that are refused store nothing", () => {
  const refused = async (file: { name: string; bytes: Uint8Array<ArrayBuffer> }, fields: Record<string, string> = {}) =>
    expectNoClassroomChange(db, () => uploadArticle(teacher, articleForm(file, fields)));

  it("a text file named .docx is 422, saying it is really a text file", async () => {
    const { error } = expectError(await refused({ name: "not-really.docx", bytes: fixtureBytes("not-really.docx") }), 422, "validation_failed");
    expect(error.message).toBe("This file is named .docx but is not a Word document: it looks like a text file.");
  });

  it("a ZIP archive that is not a Word document is 422", async () => {
    const bytes = await zipOf({ "photos/readme.txt": "Holiday photos", "photos/list.csv": "a,b\n1,2" });
    const { error } = expectError(await refused({ name: "photos.docx", bytes }), 422, "validation_failed");
    expect(error.message).toMatch(/not a Word document/);
  });

  it("a Word document that declares small sizes but unpacks to 110 MB is 422 too large, counted as it is inflated", async () => {
    const bytes = await forgedDocxBomb(fixtureBytes("library-hours.docx"), 110 * 1024 * 1024);
    const { error } = expectError(await refused({ name: "bomb.docx", bytes }), 422, "validation_failed");
    // The old check trusted the declared sizes, let mammoth inflate it all, and then called it "not a Word document".
    expect(error.message).toBe("This Word document is too large to import: it unpacks to more than 100 MB.");
  });

  it("a PDF named .html is 422, naming it a PDF", async () => {
    const { error } = expectError(await refused({ name: "story.html", bytes: PDF_BYTES }), 422, "validation_failed");
    expect(error.message).toMatch(/^This file is named \.html but is not a web page: it looks like a PDF/);
  });

  it("a ZIP (a Word document) named .html is 422, naming it a ZIP archive", async () => {
    const { error } = expectError(await refused({ name: "story.html", bytes: fixtureBytes("library-hours.docx") }), 422, "validation_failed");
    expect(error.message).toMatch(/^This file is named \.html but is not a web page: it looks like a ZIP archive/);
  });

  it("a file with an extension Slant does not import (.pdf) is 422, with a hint to paste the text", async () => {
    const { error } = expectError(await refused({ name: "story.pdf", bytes: PDF_BYTES }, { title: "A PDF" }), 422, "validation_failed");
    expect(error.message).toMatch(/^Slant cannot import this kind of file\./);
    expect(error.message).toContain("copy its text and paste it instead");
  });

  it("an old Word (.doc) file is 422, saying to save it as .docx", async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const { error } = expectError(await refused({ name: "minutes.doc", bytes }), 422, "validation_failed");
    expect(error.message).toContain("save it from Word as .docx");
  });

  it("an empty file is 422", async () => {
    const { error } = expectError(await refused({ name: "empty.txt", bytes: new Uint8Array(0) }, { title: "Nothing" }), 422, "validation_failed");
    expect(error.message).toBe("This file is empty.");
  });

  it("a bad source address in the form is 422", async () => {
    const file = { name: "council-cafe.html", bytes: fixtureBytes("council-cafe.html") };
    expectError(await refused(file, { sourceUrl: "javascript:alert(1)" }), 422, "validation_failed");
  });

  it("a form without a file field is 400 missing_file", async () => {
    const form = articleForm(null, { title: "No file", text: "Pasted words in a form." });
    const { error } = expectError(await expectNoClassroomChange(db, () => uploadArticle(teacher, form)), 400, "missing_file");
    expect(error.message).toBe('Attach the article as a form field named "file".');
  });

  it("a `file` field that is plain text rather than a file is 400 missing_file", async () => {
    const form = articleForm(null, { file: "Fares will rise in June." });
    expectError(await expectNoClassroomChange(db, () => uploadArticle(teacher, form)), 400, "missing_file");
  });

  it("a file over 5 MB is 413 payload_too_large", async () => {
    const bytes = utf8("Fares will rise in June. ".repeat(Math.ceil((5 * 1024 * 1024 + 100 * 1024) / 25)));
    const response = await expectNoClassroomChange(db, () => uploadArticle(teacher, articleForm({ name: "huge.txt", bytes }, { title: "Huge" })));
    expectError(response, 413, "payload_too_large");
  });

  it("a multipart body that does not parse is 400 malformed_body", async () => {
    const response = await expectNoClassroomChange(db, () => postRaw("this is not a multipart body at all", "multipart/form-data; boundary=----slant-boundary"));
    const { error } = expectError(response, 400, "malformed_body");
    expect(error.message).toBe("The upload could not be read as multipart/form-data.");
  });

  it("a multipart body cut off before its closing boundary is 400 malformed_body", async () => {
    const { raw, contentType } = await encodeForm(articleForm({ name: "story.txt", bytes: utf8("Fares will rise in June.") }, { title: "Cut" }));
    const cut = raw.slice(0, raw.length - 40);
    expectError(await expectNoClassroomChange(db, () => postRaw(cut, contentType)), 400, "malformed_body");
  });

  it("multipart without a boundary is 400 malformed_body", async () => {
    expectError(await expectNoClassroomChange(db, () => postRaw("--x\r\n\r\n--x--\r\n", "multipart/form-data")), 400, "malformed_body");
  });
});
