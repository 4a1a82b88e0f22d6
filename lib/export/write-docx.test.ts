import fc from "fast-check";
import mammoth from "mammoth";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeQuote } from "@/lib/annotations/anchoring/quote-selector";
import { commentRangeTexts, docxPart, elements, parseXml, unzipEntries, wordComments } from "@/tests/support/read-docx";
import { SAMPLE_ANNOTATIONS, SAMPLE_TEXT, sampleExportModel } from "@/tests/support/sample-export-model";
import type { ExportAnnotation, ExportModel } from "./export-model";
import { initialsOf } from "./docx-comments";
import { writeDocx } from "./write-docx";

const [amara, leo] = sampleExportModel().readers.map((r) => r.id) as [string, string];

/** One more highlight, across the paragraph break after the Greek sentence. */
function across(): ExportAnnotation {
  const phrase = "καταστροφή.\n\nAccording to the council";
  const start = SAMPLE_TEXT.indexOf(phrase);
  return { ...SAMPLE_ANNOTATIONS[0]!, id: "0b8e5d3c-0000-4000-8000-999999999999", readerId: leo, start, end: start + phrase.length, ...describeQuote(SAMPLE_TEXT, start, start + phrase.length), tag: "loaded_language", note: "spans two paragraphs", verdict: "DISAGREE", teacherComment: null, createdAt: "2031-03-12T09:15:00.000Z" };
}

function model(overrides: Partial<ExportModel> = {}): ExportModel {
  const annotations = [...SAMPLE_ANNOTATIONS, across()].sort((a, b) => a.start - b.start || a.end - b.end);
  return sampleExportModel({ annotations, ...overrides });
}

const bytesOf = (m: ExportModel) => writeDocx(m);
const DEFAULT_TAG_IDS = ["quote", "opinion", "loaded_language", "factual_claim"];

afterEach(() => {
  vi.useRealTimers();
});

describe("writeDocx: highlights as Word comments", () => {
  it("has one comment per highlight, each range enclosing exactly the highlight's text, overlapping and across a paragraph break too", async () => {
    const m = model();
    const bytes = await bytesOf(m);
    const ranges = commentRangeTexts(await docxPart(bytes, "word/document.xml"));
    const comments = wordComments(await docxPart(bytes, "word/comments.xml"));
    expect(comments.map((c) => c.id)).toEqual(m.annotations.map((_, i) => i));
    expect(ranges.size).toBe(m.annotations.length);
    m.annotations.forEach((annotation, id) => expect(ranges.get(id), annotation.exact).toBe(annotation.exact));
    // The nested pair and the one across paragraphs really are in the file.
    expect([...ranges.values()]).toEqual(expect.arrayContaining(["a reckless giveaway", "approve a reckless giveaway, critics said", "said. Мэр", "καταστροφή.\n\nAccording to the council"]));
  });

  it("for any overlapping highlights over text with hard breaks and tabs, each comment encloses exactly its highlight", async () => {
    const text = "First line\nsecond\tline 🎉 end.\n\nΚαλημέρα, мир & <friends>.\n\nLast one.";
    const gap = (offset: number) => /\n\n/.test(text.slice(Math.max(0, offset - 1), offset + 1)) && text[offset - 1] === "\n";
    const offset = fc.nat(text.length).filter((o) => !gap(o) && !/[\uDC00-\uDFFF]/.test(text[o] ?? ""));
    const range = fc.tuple(offset, offset).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    await fc.assert(
      fc.asyncProperty(fc.array(range, { minLength: 1, maxLength: 6 }), async (ranges) => {
        const annotations = ranges
          .map((r, i) => ({ ...SAMPLE_ANNOTATIONS[0]!, id: `a${i}`, readerId: i % 2 ? amara : leo, ...r, ...describeQuote(text, r.start, r.end), tag: DEFAULT_TAG_IDS[i % 4]! }))
          .sort((a, b) => a.start - b.start || a.end - b.end);
        const m = model({ annotations, article: { ...model().article, text, blocks: null } });
        const ranged = commentRangeTexts(await docxPart(await bytesOf(m), "word/document.xml"));
        m.annotations.forEach((a, id) => expect(ranged.get(id)).toBe(a.exact));
      }),
      { numRuns: 12 },
    );
  });

  it("puts a comment's reference mark right after its range, as Word does", async () => {
    const xml = await docxPart(await bytesOf(model()), "word/document.xml");
    const ends = [...xml.matchAll(/<w:commentRangeEnd w:id="(\d+)"\/><w:r><w:commentReference w:id="(\d+)"\/><\/w:r>/g)];
    expect(ends).toHaveLength(model().annotations.length);
    for (const [, end, reference] of ends) expect(reference).toBe(end);
  });

  it("writes reader (in a class export), tag, note and the teacher's verdict and comment in each comment, by the reader, dated when highlighted", async () => {
    const m = model();
    const comments = wordComments(await docxPart(await bytesOf(m), "word/comments.xml"));
    const loaded = comments[m.annotations.findIndex((a) => a.exact === "a reckless giveaway")]!;
    expect(loaded).toEqual({
      id: expect.any(Number),
      author: "Amara <b>Okafor</b>",
      initials: "AB",
      date: "2031-03-12T08:00:00.000Z",
      text: 'Amara <b>Okafor</b> · Loaded language\n\nNote: =HYPERLINK("http://evil.test","click")\n\nTeacher: Agree — Yes — loaded. <img src=x onerror=alert(1)>',
    });
    const twoLines = comments[m.annotations.findIndex((a) => a.note?.includes("second line"))]!;
    expect(twoLines.text).toBe("Léo Brandt · Opinion\n\nNote: +1 from me\nsecond line");
    const acrossComment = comments[m.annotations.findIndex((a) => a.id === across().id)]!;
    expect(acrossComment).toMatchObject({ author: "Léo Brandt", initials: "LB", date: "2031-03-12T09:15:00.000Z", text: "Léo Brandt · Loaded language\n\nNote: spans two paragraphs\n\nTeacher: Disagree" });

    const own = model({ scope: "mine", readers: m.readers.slice(0, 1), annotations: m.annotations.filter((a) => a.readerId === amara) });
    const ownComments = wordComments(await docxPart(await bytesOf(own), "word/comments.xml"));
    expect(ownComments[0]!.text).toBe('Quote\n\nNote: Scare quotes: "Wins" <script>alert(1)</script>');
  });

  it("shades each highlight in its tag's tint and underlines it in its tag's pattern; an overlap mixes the tints and shows the inner tag's line", async () => {
    const xml = await docxPart(await bytesOf(model()), "word/document.xml");
    const runs = elements(parseXml(xml), "w:r").map((r) => ({
      text: elements(r.children, "w:t").map((t) => (t.children[0]?.type === "text" ? t.children[0].data : "")).join(""),
      fill: elements(r.children, "w:shd")[0]?.attribs["w:fill"],
      underline: elements(r.children, "w:u")[0]?.attribs["w:val"],
      line: elements(r.children, "w:u")[0]?.attribs["w:color"],
    }));
    const run = (text: string) => runs.find((r) => r.text === text)!;
    // Opinion is purple and dashed, loaded language orange and wavy (lib/annotations/tag-palette.ts).
    expect(run("approve ")).toEqual({ text: "approve ", fill: "dcbde9", underline: "dash", line: "4a1460" });
    expect(run("a reckless giveaway")).toMatchObject({ underline: "wave", line: "d06a00" });
    expect(run("a reckless giveaway").fill).not.toBe(run("rigged from the start.").fill);
    expect(run("rigged from the start.")).toMatchObject({ fill: "ffe6a8", underline: "wave" });
    expect(run("The council voted 7–2 on Tuesday to ")).toMatchObject({ fill: undefined, underline: undefined });
  });
});

describe("writeDocx: the document", () => {
  it("reads back with mammoth as title, source, legend, then every paragraph of the article", async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await bytesOf(model())) });
    expect(value).toContain("Town council approves <riverfront> café");
    expect(value).toContain("Source: https://news.test/cafe?a=1&b=2");
    expect(value).toMatch(/Loaded language — wavy underline · 3 highlights/);
    expect(value).toContain("Amara <b>Okafor</b> · score 8 / 10");
    const article = value.slice(value.indexOf(SAMPLE_TEXT.split("\n\n")[0]!));
    expect(article.trim()).toBe(SAMPLE_TEXT);
  });

  it("gives headings, list items, quotes and captions Word's own kinds of paragraph", async () => {
    const text = "Heading\n\nfirst\n\nsecond\n\nbullet\n\nQuoted words.\n\nCranes at the quay.";
    const m = model({
      annotations: [],
      article: { ...model().article, text, blocks: [{ type: "heading", level: 3 }, { type: "list-item", ordered: true }, { type: "list-item", ordered: true }, { type: "list-item", ordered: false }, { type: "quote" }, { type: "caption" }] },
    });
    const body = parseXml(await docxPart(await bytesOf(m), "word/document.xml"));
    const paragraphs = elements(body, "w:p").slice(-6);
    const style = (p: (typeof paragraphs)[number]) => elements(p.children, "w:pStyle")[0]?.attribs["w:val"];
    const numId = (p: (typeof paragraphs)[number]) => elements(p.children, "w:numId")[0]?.attribs["w:val"];
    expect(paragraphs.map(style)).toEqual(["Heading3", "ListParagraph", "ListParagraph", "ListParagraph", "Quote", "Caption"]);
    const styles = parseXml(await docxPart(await bytesOf(m), "word/styles.xml"));
    expect(elements(styles, "w:style").some((s) => s.attribs["w:styleId"] === "Caption")).toBe(true);
    expect(numId(paragraphs[1]!)).toBe(numId(paragraphs[2]!));
    expect(numId(paragraphs[3]!)).not.toBe(numId(paragraphs[1]!));
  });

  it("escapes markup in what users wrote and drops characters XML cannot hold", async () => {
    const nasty = { ...SAMPLE_ANNOTATIONS[0]!, note: "a\u0001b\u0007 & <w:t>x</w:t> \"q\" 'a' \uD800lone ]]>" };
    const m = model({ annotations: [nasty], readers: [{ ...model().readers[0]!, name: "Eve </w:comment><w:p>" }] });
    const bytes = await bytesOf(m);
    const xml = await docxPart(bytes, "word/comments.xml");
    expect(wordComments(xml)[0]).toMatchObject({ author: "Eve </w:comment><w:p>", text: "Eve </w:comment><w:p> · Quote\n\nNote: ab & <w:t>x</w:t> \"q\" 'a' lone ]]>" });
    expect(xml).not.toMatch(/[\u0001\u0007\uD800]/);
    expect(xml).not.toContain("<w:t>x</w:t>");
    expect(elements(parseXml(xml), "w:comment")).toHaveLength(1);
  });

  it("links the source only when it is an http(s) address, and links nothing else", async () => {
    const bytes = await bytesOf(model());
    const links = elements(parseXml(await docxPart(bytes, "word/document.xml")), "w:hyperlink");
    expect(links.map((l) => l.attribs["r:id"])).toEqual(["rIdLink1"]);
    const rels = elements(parseXml(await docxPart(bytes, "word/_rels/document.xml.rels")), "Relationship").filter((r) => r.attribs.TargetMode === "External");
    expect(rels.map((r) => [r.attribs.Id, r.attribs.Target])).toEqual([["rIdLink1", "https://news.test/cafe?a=1&b=2"]]);

    const script = await docxPart(await bytesOf(model({ article: { ...model().article, sourceUrl: 'javascript:alert("x")' } })), "word/document.xml");
    expect(elements(parseXml(script), "w:hyperlink")).toEqual([]);
    expect(script).toContain("javascript:alert(&quot;x&quot;)");
  });
});

describe("writeDocx: metadata and repeatability", () => {
  it("takes its core properties from the model: author Slant, the article's title, the export's date", async () => {
    const core = parseXml(await docxPart(await bytesOf(model()), "docProps/core.xml"));
    const value = (name: string) => elements(core, name).map((e) => (e.children[0]?.type === "text" ? e.children[0].data : ""));
    expect(value("dc:creator")).toEqual(["Slant"]);
    expect(value("cp:lastModifiedBy")).toEqual(["Slant"]);
    expect(value("dc:title")).toEqual(["Town council approves <riverfront> café"]);
    expect(value("dcterms:created")).toEqual(["2031-03-16T12:00:00.000Z"]);
    expect(value("dcterms:modified")).toEqual(["2031-03-16T12:00:00.000Z"]);
  });

  it("names nobody in a pseudonymised export: comment authors and initials are the model's Reader n", async () => {
    const base = model();
    const pseudonyms = new Map(base.readers.map((r, i) => [r.id, `reader-${i + 1}`]));
    const m = model({
      pseudonymized: true,
      readers: base.readers.map((r, i) => ({ ...r, id: `reader-${i + 1}`, name: `Reader ${i + 1}` })),
      annotations: base.annotations.map((a) => ({ ...a, readerId: pseudonyms.get(a.readerId)! })),
    });
    const bytes = await bytesOf(m);
    const comments = wordComments(await docxPart(bytes, "word/comments.xml"));
    expect(new Set(comments.map((c) => `${c.author}/${c.initials}`))).toEqual(new Set(["Reader 1/R1", "Reader 2/R2"]));
    for (const [path, content] of await unzipEntries(bytes)) {
      const text = new TextDecoder().decode(content);
      for (const name of ["Amara", "Okafor", "Léo", "Brandt", "7f1c0a52"]) expect(text, path).not.toContain(name);
    }
  });

  it("is byte-identical for the same model, whatever the clock or the server's time zone, and dates every zip entry with the export", async () => {
    const first = await bytesOf(model());
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2040-07-01T23:59:58Z"));
    const zone = process.env.TZ;
    process.env.TZ = "Pacific/Chatham";
    try {
      const later = await bytesOf(model());
      expect(Buffer.from(later).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    // Every local file header's DOS time and date (offsets 10 and 12) is 2031-03-16 12:00:00.
    const view = new DataView(first.buffer);
    const dosTime = (12 << 11) | (0 << 5) | 0;
    const dosDate = ((2031 - 1980) << 9) | (3 << 5) | 16;
    let headers = 0;
    for (let at = 0; at + 30 <= first.length; at++) {
      if (view.getUint32(at, true) !== 0x04034b50) continue;
      headers += 1;
      expect([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]).toEqual([dosTime, dosDate]);
    }
    expect(headers).toBe((await unzipEntries(first)).size);
  });
});

describe("initialsOf", () => {
  it("takes the first letters of the first and last word, and a number whole", () => {
    expect(["Reader 12", "Amara Okafor", "Léo de la Brandt", "Ωμέγα", "Answer key", "<>"].map(initialsOf)).toEqual(["R12", "AO", "LB", "Ω", "AK", "?"]);
  });
});
