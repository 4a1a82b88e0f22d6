import { describe, expect, it, vi } from "vitest";
import { pdfBytesAsText, pdfEncodings, readPdf, squeeze } from "@/tests/support/pdf-reading";
import { SAMPLE_TEXT, sampleExportModel } from "@/tests/support/sample-export-model";
import type { ExportModel } from "./export-model";
import { writePdf } from "./write-pdf";

/** The annotated article's text: what the page shows between its heading and the notes, labels left out. */
function articleSection(bodyText: string): string {
  const start = bodyText.indexOf("The article, with highlights");
  const end = bodyText.indexOf("Notes", start);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return bodyText.slice(start, end);
}

function pseudonymised(): ExportModel {
  const model = sampleExportModel();
  const ids = new Map(model.readers.map((r, i) => [r.id, `reader-${i + 1}`]));
  return {
    ...model,
    pseudonymized: true,
    readers: model.readers.map((r, i) => ({ ...r, id: `reader-${i + 1}`, name: `Reader ${i + 1}` })),
    annotations: model.annotations.map((a) => ({ ...a, readerId: ids.get(a.readerId)! })),
  };
}

describe("writePdf", { timeout: 60_000 }, async () => {
  const model = sampleExportModel();
  const bytes = await writePdf(model);
  const pdf = await readPdf(bytes);
  const body = pdf.pages.map((p) => p.bodyText).join("\n");

  it("is a PDF whose every paragraph of the article, Cyrillic and Greek included, is selectable text", () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const article = squeeze(articleSection(body));
    for (const paragraph of SAMPLE_TEXT.split("\n\n")) expect(article).toContain(squeeze(paragraph));
    expect(article).toContain(squeeze("Мэр назвал решение «триумфом»"));
    expect(article).toContain(squeeze("Η απόφαση είναι καταστροφή."));
  });

  it("ends each highlight with its label, note number and tag code, right after its text", () => {
    const labelled = squeeze(articleSection(pdf.text));
    const note = (exact: string) => model.annotations.findIndex((a) => a.exact === exact) + 1;
    // Loaded language (LL) on "a reckless giveaway", inside Léo's opinion that goes on to "said".
    expect(labelled).toContain(squeeze(`a reckless giveaway${note("a reckless giveaway")} LL, critics said${note("approve a reckless giveaway, critics said")} O`));
    expect(labelled).toContain(squeeze(`from the start.${note("rigged from the start.")} LL`));
  });

  it("links each label to its note and each note back to its label, and the source to its address", () => {
    const notes = model.annotations.map((_, i) => i + 1);
    expect(pdf.destinations).toEqual([...notes.map((n) => `note-${n}`), ...notes.map((n) => `ref-${n}`)].sort());
    const dests = pdf.links.flatMap((l) => (l.dest ? [l.dest] : []));
    for (const n of notes) expect(dests.filter((d) => d === `note-${n}` || d === `ref-${n}`).sort()).toEqual([`note-${n}`, `ref-${n}`]);
    expect(pdf.links.filter((l) => l.url).map((l) => l.url)).toEqual([model.article.sourceUrl]);
  });

  it("has the legend, the notes with readers, and the teacher's feedback", () => {
    for (const tag of model.tags) expect(pdf.text).toContain(tag.label);
    for (const words of ["solid line", "dashed line", "wavy line", "double line"]) expect(pdf.text).toContain(words);
    const text = squeeze(pdf.text);
    for (const expected of [
      'Scare quotes: "Wins" <script>alert(1)</script>',
      '=HYPERLINK("http://evil.test","click")',
      "Yes — loaded. <img src=x onerror=alert(1)>",
      "Teacher: Partly — Only the first half is a claim.",
      "Amara <b>Okafor</b> · Loaded language",
      "Léo Brandt · Opinion",
      "+1 from me",
      "second line",
    ])
      expect(text).toContain(squeeze(expected));
  });

  it("summarises the class and shades the heatmap", () => {
    expect(pdf.text).toContain("How the class read it");
    expect(squeeze(pdf.text)).toContain(squeeze(model.compare!.agreement.overall.explanation));
    expect(squeeze(pdf.text)).toContain(squeeze("Opinion 1 · LL Loaded language 1 — divided 100%"));
    expect(pdf.text).toContain("Class heatmap");
    expect(pdf.text).toContain("81–100%");
  });

  it("is set on A4 by default and on Letter when asked", async () => {
    expect(pdf.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual(pdf.pages.map(() => [595, 842]));
    const letter = await readPdf(await writePdf(model, { paper: "letter" }));
    expect(letter.pages.map((p) => [p.width, p.height])).toEqual(letter.pages.map(() => [612, 792]));
    expect(pdf.pages.at(-1)!.text).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`);
  });

  it("dates itself from the model and names no author, only the assignment and Slant", () => {
    expect(pdf.info.Title).toBe(model.assignment.title);
    expect(pdf.info.Producer).toBe("Slant");
    expect(pdf.info.Creator).toBe("Slant");
    expect(pdf.info.CreationDate).toBe("D:20310316120000Z");
    expect(pdf.info.ModDate).toBe("D:20310316120000Z");
    expect(pdf.info.Author).toBeUndefined();
  });

  it("gives byte-identical files for the same model, whatever was exported before in the process", async () => {
    expect(await writePdf(structuredClone(sampleExportModel()))).toEqual(bytes);
    // A fresh copy of the writer, as in a new process, that first exports a class whose name
    // (the first words in the regular face) has "ﬁ" (U+FB01): the glyph the sample's
    // "Northfield" reaches through the letters f and i, as a ligature.
    vi.resetModules();
    const { writePdf: fresh } = await import("./write-pdf");
    const other = sampleExportModel({ generatedAt: "2031-04-01T09:30:00.000Z", assignment: { ...model.assignment, className: "Class ﬁve" }, article: { ...model.article, text: `${SAMPLE_TEXT} Ελλάδα · Ёлка` } });
    await fresh(other);
    expect(await fresh(structuredClone(sampleExportModel()))).toEqual(bytes);
  });

  it("lays out headings, numbered and bulleted lists, quotes and captions, and an export without highlights", async () => {
    const text = ["Heading", "First step", "Second step", "A point", "A quoted passage that is long enough to wrap over more than one line of the page, so that its rule runs down beside it.", "Cranes at the new quay.", "https://example.test/a/very/long/address/without/any/space/in/it/that/must/be/cut/somewhere/to/fit/the/line"].join("\n\n");
    const blocks = [{ type: "heading", level: 1 }, { type: "list-item", ordered: true }, { type: "list-item", ordered: true }, { type: "list-item", ordered: false }, { type: "quote" }, { type: "caption" }, { type: "paragraph" }] as const;
    const empty = sampleExportModel({ scope: "key", readers: [{ ...model.readers[0]!, id: "answer-key", name: "Answer key", role: "key" }], annotations: [], compare: null, article: { ...model.article, text, blocks: [...blocks] } });
    const read = await readPdf(await writePdf(empty));
    const body = read.pages.map((p) => p.bodyText).join("\n");
    for (const expected of ["1.First step", "2.Second step", "•A point", "Cranes at the new quay.", "No highlights yet.", "Answer key"]) expect(squeeze(body)).toContain(squeeze(expected));
    expect(squeeze(body)).toContain(squeeze(text.split("\n\n").at(-1)!));
    const sizeOf = (start: string) => read.pages.flatMap((p) => p.runs).find((run) => run.text.startsWith(start))!.size;
    expect(sizeOf("Cranes at the new quay.")).toBeLessThan(sizeOf("A point"));
  });

  it("prints pseudonyms and nothing else of the readers when pseudonymised", async () => {
    const anonymous = await writePdf(pseudonymised());
    const read = await readPdf(anonymous);
    expect(read.text).toContain("Reader 1 · Loaded language");
    const everything = pdfBytesAsText(anonymous) + read.text + JSON.stringify(read.info);
    for (const name of ["Amara", "Okafor", "Léo", "Brandt"]) for (const form of pdfEncodings(name)) expect(everything).not.toContain(form);
  });
});
