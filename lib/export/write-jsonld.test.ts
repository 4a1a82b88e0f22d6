import { describe, expect, it } from "vitest";
import { emptySampleExportModel, pseudonymizedSampleExportModel, SAMPLE_ANNOTATIONS, SAMPLE_REAL_NAMES, SAMPLE_TEXT, sampleExportModel } from "@/tests/support/sample-export-model";
import type { W3cAnnotation } from "./jsonld-annotation";
import { EXPORT_FORMAT_DEFINITIONS } from "./export-writers";
import { writeJsonLd, type W3cAnnotationCollection } from "./write-jsonld";

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(bytes);
const parse = (bytes: Uint8Array) => JSON.parse(decode(bytes)) as W3cAnnotationCollection;
const itemsOf = (collection: W3cAnnotationCollection): W3cAnnotation[] => collection.first?.items ?? [];
const bodies = (item: W3cAnnotation, purpose: string) => item.body.filter((b) => b.purpose === purpose).map((b) => b.value);
const quoteOf = (item: W3cAnnotation) => item.target.selector[0];
const positionOf = (item: W3cAnnotation) => item.target.selector[1];

describe("writeJsonLd", () => {
  const model = sampleExportModel();
  const bytes = writeJsonLd(model);
  const collection = parse(bytes);
  const items = itemsOf(collection);

  it("is an AnnotationCollection in the anno.jsonld context whose first page holds every highlight in reading order", () => {
    expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: SAMPLE_ANNOTATIONS.length, created: model.generatedAt });
    expect(collection.label).toBe("Spot the slant: the café & <the> council (Media Literacy 9A): the class's highlights");
    expect(collection.first).toMatchObject({ type: "AnnotationPage", partOf: collection.id, startIndex: 0 });
    expect(collection.last).toBe(collection.first!.id);
    expect(items.map((item) => item.id)).toEqual(SAMPLE_ANNOTATIONS.map((a) => `urn:uuid:${a.id}`));
    expect(items.map((item) => item.type)).toEqual(SAMPLE_ANNOTATIONS.map(() => "Annotation"));
  });

  it("names the article version as every target's source, with a TextQuoteSelector and a TextPositionSelector", () => {
    for (const item of items) {
      expect(item.target.source).toBe("urn:slant:article-version:5a0c3e0e-5555-4000-8000-000000000005");
      expect(item.target.selector.map((s) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
    }
  });

  it("counts positions in code points: each quote is the article's text between them, emoji and all", () => {
    const characters = [...SAMPLE_TEXT];
    for (const item of items) {
      const { start, end } = positionOf(item);
      expect(characters.slice(start, end).join("")).toBe(quoteOf(item).exact);
    }
    // "64% … 😠 but" lies after 🎉 and holds 😠: one code point fewer before it, and one fewer inside.
    const claim = items.find((item) => quoteOf(item).exact.startsWith("64%"))!;
    const source = SAMPLE_ANNOTATIONS.find((a) => a.exact.startsWith("64%"))!;
    expect(positionOf(claim)).toEqual({ type: "TextPositionSelector", start: source.start - 1, end: source.end - 2 });
  });

  it("keeps the quote's context as stored, and leaves out a prefix at the very start of the article", () => {
    const title = items.find((item) => quoteOf(item).exact.startsWith("Council Café"))!;
    expect(quoteOf(title)).toEqual({ type: "TextQuoteSelector", exact: "Council Café Plan “Wins” 🎉", suffix: "\n\nThe council voted 7–2 on Tuesd" });
    const loaded = SAMPLE_ANNOTATIONS.find((a) => a.exact === "a reckless giveaway")!;
    expect(quoteOf(items.find((item) => quoteOf(item).exact === "a reckless giveaway")!)).toEqual({ type: "TextQuoteSelector", exact: loaded.exact, prefix: loaded.prefix, suffix: loaded.suffix });
  });

  it("gives the tag's id (tagging) and label (classifying), the note (commenting) and the teacher's verdict and comment (assessing)", () => {
    const loaded = items.find((item) => quoteOf(item).exact === "a reckless giveaway")!;
    expect(loaded.motivation).toBe("commenting");
    expect(bodies(loaded, "tagging")).toEqual(["loaded_language"]);
    expect(bodies(loaded, "classifying")).toEqual(["Loaded language"]);
    expect(bodies(loaded, "commenting")).toEqual(['=HYPERLINK("http://evil.test","click")']);
    expect(bodies(loaded, "assessing")).toEqual(["agree", "Yes — loaded. <img src=x onerror=alert(1)>"]);
    for (const body of loaded.body) expect(body).toMatchObject({ type: "TextualBody", format: "text/plain" });

    const plain = items.find((item) => quoteOf(item).exact === "«триумфом»")!;
    expect(plain.motivation).toBe("highlighting");
    expect(plain.body.map((b) => b.purpose)).toEqual(["tagging", "classifying"]);
  });

  it("gives each annotation its reader as creator, with the dates of the highlight", () => {
    const first = items[0]!;
    expect(first.creator).toEqual({ id: "urn:uuid:7f1c0a52-1111-4000-8000-000000000001", type: "Person", name: "Amara <b>Okafor</b>" });
    expect([first.created, first.modified]).toEqual([SAMPLE_ANNOTATIONS[0]!.createdAt, SAMPLE_ANNOTATIONS[0]!.updatedAt]);
  });

  it("writes user text so that it stays inert inside an HTML script element, and parses back to exactly that text", () => {
    const text = decode(bytes);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain("\\u003cscript\\u003e");
    expect(bodies(items[0]!, "commenting")).toEqual(['Scare quotes: "Wins" <script>alert(1)</script>']);
    expect(bodies(items.find((item) => bodies(item, "commenting")[0]?.includes("second line"))!, "commenting")).toEqual(["+1 from me\nsecond line"]);
  });

  it("is pure: the same model gives the same bytes, and a later export differs only in its own ids and date", () => {
    expect(writeJsonLd(sampleExportModel())).toEqual(bytes);
    const later = parse(writeJsonLd(sampleExportModel({ generatedAt: "2031-04-01T09:00:00.000Z" })));
    expect(later.first!.items).toEqual(items);
    expect(later.id).not.toBe(collection.id);
    expect(later.created).toBe("2031-04-01T09:00:00.000Z");
  });

  it("pseudonymised: readers are Reader 1, Reader 2, with ids that carry no user id, and no real name is anywhere in the file", () => {
    const file = writeJsonLd(pseudonymizedSampleExportModel());
    const pseudonymous = parse(file);
    const creators = new Map(itemsOf(pseudonymous).map((item) => [item.creator.name, item.creator.id]));
    expect([...creators.keys()].sort()).toEqual(["Reader 1", "Reader 2"]);
    for (const id of creators.values()) expect(id).toMatch(/^urn:slant:export:.*:reader-[12]$/);
    const everything = `${decode(file)}\n${JSON.stringify(pseudonymous)}`;
    for (const secret of SAMPLE_REAL_NAMES) expect(everything).not.toContain(secret);
  });

  it("the answer key's creator is the key, not a user", () => {
    const key = sampleExportModel({
      scope: "key",
      readers: [{ id: "answer-key", name: "Answer key", role: "key", status: "submitted", submittedAt: null, late: false, returnedAt: null, score: null, overallComment: null }],
      annotations: SAMPLE_ANNOTATIONS.map((a) => ({ ...a, readerId: "answer-key", verdict: null, teacherComment: null })),
      compare: null,
    });
    const parsed = parse(writeJsonLd(key));
    expect(parsed.label).toMatch(/: the answer key$/);
    expect(itemsOf(parsed)[0]!.creator).toEqual({ id: `${parsed.id}:answer-key`, type: "Person", name: "Answer key" });
  });

  it("an empty export is a collection of none, without a page (a page holds at least one annotation)", () => {
    const empty = parse(writeJsonLd(emptySampleExportModel()));
    expect(empty).toEqual({ "@context": "http://www.w3.org/ns/anno.jsonld", id: empty.id, type: "AnnotationCollection", label: expect.stringMatching(/own highlights$/), total: 0, created: "2031-03-16T12:00:00.000Z" });
  });

  it("is registered as format jsonld, served as JSON-LD with the Web Annotation profile", () => {
    expect(EXPORT_FORMAT_DEFINITIONS.jsonld).toEqual({ write: writeJsonLd, contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: "jsonld" });
  });
});
