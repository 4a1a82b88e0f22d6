import { describe, expect, it } from "vitest";
import { describeQuote } from "@/lib/annotations/anchoring/quote-selector";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { SAMPLE_ANNOTATIONS, SAMPLE_TEXT, sampleExportModel } from "@/tests/support/sample-export-model";
import type { ExportAnnotation } from "./export-model";
import { planImport } from "./plan-import";
import { annotationsOf, W3cImportDocument } from "./w3c-import-document";
import { writeJsonLd } from "./write-jsonld";

/** The sample's highlights with notes Slant itself would have stored (no HTML): what a real export holds. */
const STORABLE = SAMPLE_ANNOTATIONS.map((a) => ({ ...a, note: a.note?.replace(/<\/?script>/g, "") ?? null }));
const exported = (annotations: ExportAnnotation[] = STORABLE) => JSON.parse(new TextDecoder().decode(writeJsonLd(sampleExportModel({ annotations }))));
const plan = (document: unknown, text = SAMPLE_TEXT) => planImport(text, DEFAULT_TAGS, annotationsOf(W3cImportDocument.parse(document)));

/** One annotation of the given shape on the sample text, as another tool might write it. */
function foreign(annotation: Record<string, unknown>) {
  return { "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationPage", items: [{ id: "https://elsewhere.test/a/1", type: "Annotation", ...annotation }] };
}
const onSample = (exact: string, extra: Record<string, unknown> = {}) => ({ source: "https://news.test/cafe", selector: { type: "TextQuoteSelector", exact, ...extra } });

describe("planImport", () => {
  it("places every exported highlight back where it was, by position, with its tag, note and id", () => {
    const { planned, problems } = plan(exported());
    expect(problems).toEqual([]);
    expect(planned.map(({ start, end, tag, note, by }) => ({ start, end, tag, note, by }))).toEqual(STORABLE.map(({ start, end, tag, note }) => ({ start, end, tag, note, by: "position" })));
    expect(planned.map((p) => p.wantedId)).toEqual(STORABLE.map((a) => a.id));
    expect(planned.map((p) => p.sourceId)).toEqual(STORABLE.map((a) => `urn:uuid:${a.id}`));
  });

  it("export → plan → export gives the same annotations (the stored quote and context are the article's again)", () => {
    const first = exported();
    const { planned } = plan(first);
    const again: ExportAnnotation[] = planned.map((p, i) => ({ ...STORABLE[i]!, id: p.wantedId!, start: p.start, end: p.end, tag: p.tag, note: p.note, ...describeQuote(SAMPLE_TEXT, p.start, p.end) }));
    expect(exported(again)).toEqual(first);
  });

  it("converts code point positions to UTF-16: a highlight after an emoji is placed by position, not searched for", () => {
    const document = exported();
    const claim = document.first.items.find((item: { target: { selector: { exact?: string }[] } }) => item.target.selector[0]!.exact!.startsWith("64%"));
    const { planned } = plan({ ...document, total: 1, first: { ...document.first, items: [claim] } });
    const source = STORABLE.find((a) => a.exact.startsWith("64%"))!;
    expect(planned[0]).toMatchObject({ start: source.start, end: source.end, by: "position" });
    // Read as UTF-16 (the mistake this guards against), the position would hold other text.
    expect(SAMPLE_TEXT.slice(claim.target.selector[1].start, claim.target.selector[1].end)).not.toBe(source.exact);
  });

  it("finds the quote by its context when the position holds other text (an edited article)", () => {
    const edited = `A new first line.\n\n${SAMPLE_TEXT}`;
    const { planned, problems } = plan(exported(), edited);
    expect(problems).toEqual([]);
    for (const [i, p] of planned.entries()) {
      expect(p.by).toBe("quote");
      expect(p.start).toBe(STORABLE[i]!.start + "A new first line.\n\n".length);
    }
  });

  it("picks, of several occurrences, the one whose prefix and suffix match", () => {
    const text = "the plan was bold. Critics said the plan was reckless.";
    const { planned } = planImport(text, DEFAULT_TAGS, annotationsOf(W3cImportDocument.parse(foreign({ body: { purpose: "tagging", value: "opinion" }, target: onSample("the plan", { prefix: "said ", suffix: " was reckless" }) }))));
    expect(planned[0]).toMatchObject({ start: text.lastIndexOf("the plan"), by: "quote" });
  });

  it("places an annotation fuzzily when the article's words changed a little since the file was made, and still refuses one whose words are gone", () => {
    const edited = SAMPLE_TEXT.replace("a reckless giveaway", "a reckless give-away").replace("rigged from the start", "decided in advance");
    const { planned, problems } = plan(exported(), edited);
    const giveaway = planned.find((p) => edited.slice(p.start, p.end).startsWith("a reckless"));
    expect(giveaway).toMatchObject({ start: edited.indexOf("a reckless give-away"), end: edited.indexOf("a reckless give-away") + "a reckless give-away".length, by: "fuzzy" });
    expect(problems.map((p) => [p.text, p.problem])).toEqual([["rigged from the start.", "its quote is not in the article"]]);
  });

  it("reads another tool's file: a tag given by its label, a note in a body without purpose, an id that is no UUID", () => {
    const { planned, problems } = plan(foreign({ motivation: "commenting", body: [{ type: "TextualBody", value: "Who says so?" }, { purpose: ["tagging"], value: "loaded language" }], target: [onSample("a reckless giveaway")] }));
    expect(problems).toEqual([]);
    expect(planned[0]).toMatchObject({ tag: "loaded_language", note: "Who says so?", wantedId: null, sourceId: "https://elsewhere.test/a/1", ...{ start: SAMPLE_TEXT.indexOf("a reckless giveaway") } });
  });

  it("lists, by id and text, every annotation it cannot import, and why", () => {
    const document = exported();
    const [a, b, c, d, e] = document.first.items;
    a.target.selector[0].exact = "words that are nowhere";
    a.target.selector[1] = { type: "TextPositionSelector", start: 99_999, end: 100_000 };
    b.body[0].value = "propaganda";
    c.body = c.body.filter((body: { purpose: string }) => body.purpose !== "tagging");
    d.body.push({ type: "TextualBody", purpose: "tagging", value: "quote" });
    e.body.push({ type: "TextualBody", purpose: "commenting", value: "<b>bold</b> claim" });
    const { planned, problems } = plan(document);
    expect(planned).toHaveLength(STORABLE.length - 5);
    expect(problems).toEqual([
      { id: a.id, text: "words that are nowhere", problem: "its quote is not in the article" },
      { id: b.id, text: b.target.selector[0].exact, problem: 'unknown tag "propaganda"; this assignment\'s tags are: quote, opinion, loaded_language, factual_claim' },
      { id: c.id, text: c.target.selector[0].exact, problem: "it has no tag (a TextualBody with purpose tagging)" },
      { id: d.id, text: d.target.selector[0].exact, problem: expect.stringMatching(/^it has more than one tag \(\w+, quote\)/) },
      { id: e.id, text: e.target.selector[0].exact, problem: "its note must be plain text, without HTML tags" },
    ]);
  });

  it("refuses the sample's notes with HTML in them, as a note typed in Slant would be", () => {
    const { problems } = plan(exported(SAMPLE_ANNOTATIONS));
    expect(problems).toEqual([{ id: `urn:uuid:${SAMPLE_ANNOTATIONS[0]!.id}`, text: SAMPLE_ANNOTATIONS[0]!.exact, problem: "its note must be plain text, without HTML tags" }]);
  });

  it("refuses a quote of white space only, and cuts a long quote short in the report", () => {
    const spaces = plan(foreign({ body: { purpose: "tagging", value: "quote" }, target: onSample("\n\n") }));
    expect(spaces.problems[0]!.problem).toBe("its quote cannot be highlighted: the selected text is only white space");
    const long = plan(foreign({ body: { purpose: "tagging", value: "quote" }, target: onSample("x".repeat(500)) }));
    expect(long.problems[0]!.text).toHaveLength(200);
  });
});
