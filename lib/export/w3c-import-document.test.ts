import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toValidationError } from "@/lib/http/validation-error";
import { sampleExportModel } from "@/tests/support/sample-export-model";
import { annotationsOf, W3cImportDocument } from "./w3c-import-document";
import { writeJsonLd } from "./write-jsonld";

const exported = () => JSON.parse(new TextDecoder().decode(writeJsonLd(sampleExportModel())));
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../tests/fixtures/w3c-annotation-model/fixtures/${name}`, import.meta.url), "utf8"));

/** The 422 message the import route would answer with. */
function refusal(document: unknown): string {
  const parsed = W3cImportDocument.safeParse(document);
  if (parsed.success) throw new Error("accepted");
  return toValidationError(parsed.error, "request body").message;
}

/** The export with one change made to it. */
function changed(change: (document: ReturnType<typeof exported>) => void) {
  const document = exported();
  change(document);
  return document;
}

describe("W3cImportDocument", () => {
  it("accepts Slant's own export, the W3C suite's correct sample, and a page on its own", () => {
    expect(annotationsOf(W3cImportDocument.parse(exported()))).toHaveLength(8);
    expect(annotationsOf(W3cImportDocument.parse(fixture("good.jsonld")))).toHaveLength(2);
    const { first } = exported();
    expect(annotationsOf(W3cImportDocument.parse({ "@context": "http://www.w3.org/ns/anno.jsonld", ...first }))).toHaveLength(8);
  });

  it("refuses what is not a collection or page, naming what it expects", () => {
    expect(refusal(fixture("bad.jsonld"))).toMatch(/^Invalid request body: must be a W3C Web Annotation document: an object whose type is "AnnotationCollection"/);
    expect(refusal({ type: "Annotation" })).toMatch(/^Invalid request body: type must be a W3C Web Annotation document/);
    expect(refusal(changed((d) => (d["@context"] = "https://schema.org")))).toBe('Invalid request body: @context must be (or include) "http://www.w3.org/ns/anno.jsonld".');
  });

  it("says which annotation is wrong, and how, down to the selector", () => {
    expect(refusal(changed((d) => (d.first.items[2].target.selector = [{ type: "TextPositionSelector", start: 1, end: 4 }])))).toBe(
      "Invalid request body: first.items.2.target.selector must hold exactly one TextQuoteSelector (the quoted text).",
    );
    expect(refusal(changed((d) => (d.first.items[1].target.selector[0].exact = ""))))
      .toBe("Invalid request body: first.items.1.target.selector.0.exact must not be empty.");
    expect(refusal(changed((d) => (d.first.items[1].target.selector[1].end = 0)))).toBe("Invalid request body: first.items.1.target.selector.1.end must be greater than start.");
    expect(refusal(changed((d) => (d.first.items[1].target.selector[0] = { type: "Highlight" })))).toMatch(/^Invalid request body: first.items.1.target.selector.0.type must be a selector object whose type is TextQuoteSelector/);
    expect(refusal(changed((d) => (d.first.items[0].target = "urn:slant:article-version:x")))).toBe("Invalid request body: first.items.0.target must be one SpecificResource target.");
    expect(refusal(changed((d) => (d.first.items[0].target = [d.first.items[0].target, d.first.items[0].target])))).toBe(
      "Invalid request body: first.items.0.target must hold exactly one target: Slant places an annotation on one text.",
    );
  });

  it("reads a single body as well as a list, and says what is wrong inside either", () => {
    expect(refusal(changed((d) => (d.first.items[1].body = { value: 3 })))).toBe("Invalid request body: first.items.1.body.value must be the body's text.");
    expect(refusal(changed((d) => (d.first.items[1].body[1] = { type: "Image", value: "x" })))).toBe('Invalid request body: first.items.1.body.1.type must be "TextualBody": Slant reads text bodies only.');
    expect(refusal(changed((d) => (d.first.items[1].body = "https://tags.test/opinion")))).toBe("Invalid request body: first.items.1.body must be one body or a list of them.");
  });

  it("refuses a file it could only import in part: no annotations, a total that does not match, further pages", () => {
    expect(refusal(changed((d) => { delete d.first; d.total = 0; }))).toBe("Invalid request body: first is missing: the collection holds no annotations to import.");
    expect(refusal(changed((d) => (d.first = "urn:slant:page:2")))).toBe("Invalid request body: first must be the embedded AnnotationPage (Slant does not fetch pages).");
    expect(refusal(changed((d) => (d.total = 9)))).toBe("Invalid request body: total must be the number of annotations on the page: the file is incomplete.");
    expect(refusal(changed((d) => (d.first.next = "urn:slant:page:2")))).toMatch(/^Invalid request body: first.next must be absent: this page is one of several/);
    expect(refusal(changed((d) => (d.first.items = Array.from({ length: 1001 }, () => d.first.items[0]))))).toMatch(/at most 1000 annotations/);
  });
});
