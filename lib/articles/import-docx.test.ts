import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { forgedDocxBomb } from "@/tests/support/forge-zip-sizes";
import { canonicalArticleProblems } from "./canonical-article-problems";
import { importDocx } from "./import-docx";
import { splitIntoBlocks } from "./text-blocks";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url)));

const EXPECTED_PARAGRAPHS = [
  "Library hours to be cut from April",
  "The Westfield Library will close at 5\u00A0p.m. on weekdays — two hours earlier than now — the borough announced on Friday.",
  "Opening hours from 1 April:\nMonday to Friday, 9 a.m. – 5 p.m.",
  "Saturday mornings stay the same",
  "Sunday opening ends 📚",
  "“We simply cannot afford the staff,” said Zoë Achterberg, the head librarian.",
  "Residents can comment until 20 March. Café Noir next door says it will stay open late.",
];

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const error: unknown = await importDocx(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationFailed);
  return (error as ValidationFailed).message;
}

describe("importDocx on a real Word document", () => {
  it("keeps its text with headings, the line break, bullets and the quote", async () => {
    const article = await importDocx(fixture("library-hours.docx"));
    expect(article.text).toBe(EXPECTED_PARAGRAPHS.join("\n\n"));
    expect(article.blocks).toEqual([
      { type: "heading", level: 1 },
      { type: "paragraph" },
      { type: "paragraph" },
      { type: "list-item", ordered: false },
      { type: "list-item", ordered: false },
      { type: "quote" },
      { type: "paragraph" },
    ]);
    expect(article.format).toBe("DOCX");
  });

  it("takes its title from the first heading", async () => {
    expect((await importDocx(fixture("library-hours.docx"))).title).toBe("Library hours to be cut from April");
  });

  it("puts every paragraph where text.slice finds it and meets the canonical-text invariants", async () => {
    const article = await importDocx(fixture("library-hours.docx"));
    expect(splitIntoBlocks(article.text).map(({ start, end }) => article.text.slice(start, end))).toEqual(EXPECTED_PARAGRAPHS);
    expect(canonicalArticleProblems(article)).toEqual([]);
  });

  it("reads a paragraph in Word's caption style (a picture's or table's caption) as a caption", async () => {
    const zip = await JSZip.loadAsync(fixture("library-hours.docx"));
    const styles = await zip.file("word/styles.xml")!.async("string");
    // As Word saves its built-in style: id "Caption", name "caption".
    zip.file("word/styles.xml", styles.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/></w:style></w:styles>'));
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.replace("<w:p><w:r><w:t xml:space=\"preserve\">Residents can comment", '<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t xml:space="preserve">Residents can comment'));
    const article = await importDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(article.blocks?.at(-1)).toEqual({ type: "caption" });
    expect(article.text.endsWith("\n\nResidents can comment until 20 March. Café Noir next door says it will stay open late.")).toBe(true);
  });

  it("has no title when the document has no heading", async () => {
    const bytes = fixture("library-hours.docx");
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.replace('<w:pStyle w:val="Heading1"/>', ""));
    const article = await importDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(article.title).toBeNull();
    expect(article.blocks?.[0]).toEqual({ type: "paragraph" });
  });
});

describe("importDocx refuses", () => {
  it("a text file named .docx", async () => {
    expect(await refusal(fixture("not-really.docx"))).toMatch(/^This file is not a Word document \(\.docx\)/);
  });

  it("a ZIP archive without word/document.xml", async () => {
    expect(await refusal(await zipOf({ "notes.txt": "hello", "word/other.xml": "<x/>" }))).toMatch(/not a Word document/);
  });

  it("a damaged archive that only starts like one", async () => {
    expect(await refusal(fixture("library-hours.docx").slice(0, 600))).toMatch(/not a Word document/);
  });

  it("a ZIP with word/document.xml that is not a Word document inside", async () => {
    expect(await refusal(await zipOf({ "word/document.xml": "not xml at all" }))).toMatch(/not a Word document/);
  });

  it("an archive that says it unpacks to more than 100 MB, before unpacking anything", async () => {
    const bytes = fixture("library-hours.docx");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Rewrite the first central-directory entry's uncompressed size to 200 MB.
    const directory = bytes.findLastIndex((_, i) => i <= bytes.length - 22 && view.getUint32(i, true) === 0x06054b50);
    const firstEntry = view.getUint32(directory + 16, true);
    view.setUint32(firstEntry + 24, 200 * 1024 * 1024, true);
    expect(await refusal(bytes)).toMatch(/too large/);
  });

  it("an archive that declares 1 KB per entry but unpacks past 100 MB, stopping at the limit", async () => {
    const bomb = await forgedDocxBomb(fixture("library-hours.docx"), 110 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(bomb)).toBe("This Word document is too large to import: it unpacks to more than 100 MB.");
  });

  it("a document with no text", async () => {
    const zip = await JSZip.loadAsync(fixture("library-hours.docx"));
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.replace(/<w:p>.*<\/w:p>/s, ""));
    expect(await refusal(await zip.generateAsync({ type: "uint8array" }))).toBe("This Word document has no text to annotate.");
  });
});
