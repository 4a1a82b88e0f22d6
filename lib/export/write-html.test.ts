import type { Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { SAMPLE_ANNOTATIONS, sampleExportModel } from "@/tests/support/sample-export-model";
import type { ExportModel } from "./export-model";
import { tagAbbreviations } from "./report/tag-abbreviations";
import { writeHtml } from "./write-html";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const parse = (model: ExportModel) => parseDocument(decode(writeHtml(model)));
const all = (root: ReturnType<typeof parseDocument>, test: (e: Element) => boolean) => DomUtils.findAll(test, root.children);
const text = (node: Element) => DomUtils.textContent(node);
const byId = (root: ReturnType<typeof parseDocument>, id: string) => DomUtils.getElementById(id, root.children);
/** The article's paragraphs are separate elements: a highlight across a paragraph break reads without the blank lines. */
const withoutParagraphBreaks = (s: string) => s.split(/\n(?:[ \t]*\n)+/).join("");

/** One reader's export of the sample: Amara's highlights only, with the teacher's feedback. */
function oneReader(): ExportModel {
  const model = sampleExportModel();
  const amara = model.readers[0]!;
  return { ...model, scope: "student", readers: [amara], annotations: model.annotations.filter((a) => a.readerId === amara.id), compare: null };
}

describe("writeHtml", () => {
  const model = sampleExportModel();
  const doc = parse(model);
  const abbreviation = tagAbbreviations(model.tags);

  it("puts every highlight's exact text inside its highlight elements, tinted and patterned with its tag", () => {
    model.annotations.forEach((a, i) => {
      const note = String(i + 1);
      const pieces = all(doc, (e) => e.name === "mark" && (e.attribs["data-notes"] ?? "").split(" ").includes(note));
      expect(pieces.length, a.exact).toBeGreaterThan(0);
      expect(pieces.map(text).join("")).toBe(withoutParagraphBreaks(a.exact));
      const color = model.tags.find((t) => t.id === a.tag)!.color;
      for (const piece of pieces) expect(all({ children: [piece] } as never, (e) => e.attribs.class === `u tag-color-${color}`)).toHaveLength(1);
    });
  });

  it("ends every highlight with a label giving its note number and tag, linked to its note and back", () => {
    model.annotations.forEach((a, i) => {
      const n = i + 1;
      const tag = model.tags.find((t) => t.id === a.tag)!;
      const marker = byId(doc, `ref-${n}`)!;
      expect(marker.name).toBe("a");
      expect(text(marker)).toBe(`${n}\u00a0${abbreviation.get(a.tag)}`);
      expect(marker.attribs.href).toBe(`#note-${n}`);
      expect(marker.attribs["aria-label"]).toBe(`Note ${n}: ${tag.label}`);
      const note = byId(doc, `note-${n}`)!;
      expect(DomUtils.findOne((e) => e.attribs.href === `#ref-${n}`, note.children)).not.toBeNull();
      expect(text(note)).toContain(tag.label);
    });
  });

  it("gives highlights that several readers ended alike one label, and every note a place to link back to", () => {
    const base = sampleExportModel();
    const first = base.annotations.find((a) => a.exact === "«триумфом»")!;
    const same = { ...first, id: "0b8e5d3c-0000-4000-8000-999999999999", readerId: base.readers[1]!.id };
    const annotations = [...base.annotations, same].sort((a, b) => a.start - b.start || a.end - b.end || a.readerId.localeCompare(b.readerId));
    const doc = parse({ ...base, annotations });
    const n = annotations.indexOf(first) + 1;
    expect(text(byId(doc, `ref-${n}`)!)).toBe(`${n}–${n + 1}\u00a0Q`);
    expect(byId(doc, `ref-${n + 1}`)).not.toBeNull();
    expect(DomUtils.findOne((e) => e.attribs.href === `#ref-${n + 1}`, byId(doc, `note-${n + 1}`)!.children)).not.toBeNull();
  });

  it("gives each note the reader's name, the student's note and the teacher's verdict and comment, as text", () => {
    const loaded = model.annotations.findIndex((a) => a.exact === "a reckless giveaway") + 1;
    const note = text(byId(doc, `note-${loaded}`)!);
    expect(note).toContain("Amara <b>Okafor</b>");
    expect(note).toContain('=HYPERLINK("http://evil.test","click")');
    expect(note).toContain("Agree");
    expect(note).toContain("Yes — loaded. <img src=x onerror=alert(1)>");
    const scare = text(byId(doc, "note-1")!);
    expect(scare).toContain('Scare quotes: "Wins" <script>alert(1)</script>');
    const partly = text(byId(doc, `note-${model.annotations.findIndex((a) => a.verdict === "PARTLY") + 1}`)!);
    expect(partly).toContain("Partly");
    expect(partly).toContain("Only the first half is a claim.");
  });

  it("leaves everything users wrote as text: no element, script or handler comes from the model", () => {
    expect(all(doc, (e) => ["script", "img", "b", "i", "iframe", "object", "embed", "link", "base", "form"].includes(e.name))).toEqual([]);
    expect(all(doc, (e) => Object.keys(e.attribs).some((name) => name.toLowerCase().startsWith("on")))).toEqual([]);
    expect(text(DomUtils.findOne((e) => e.name === "title", doc.children)!)).toBe(model.assignment.title);
    expect(text(DomUtils.findOne((e) => e.name === "h1", doc.children)!)).toBe("Spot the slant: the café & <the> council");
  });

  it("links to nothing outside the file but the article's source, and loads nothing", () => {
    const urls = all(doc, () => true).flatMap((e) => ["href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href"].flatMap((name) => (e.attribs[name] === undefined ? [] : [e.attribs[name]!])));
    expect(urls.filter((u) => !u.startsWith("#"))).toEqual([new URL(model.article.sourceUrl!).href]);
    const css = all(doc, (e) => e.name === "style").map(text).join("") + all(doc, (e) => e.attribs.style !== undefined).map((e) => e.attribs.style).join("");
    expect(css).not.toMatch(/url\(|@import|@font-face/i);
    const policy = DomUtils.findOne((e) => e.attribs["http-equiv"] === "Content-Security-Policy", doc.children)!;
    expect(policy.attribs.content).toContain("default-src 'none'");
  });

  it("prints a source that is not a web address as text, never as a link", () => {
    const doc = parse(sampleExportModel({ article: { ...sampleExportModel().article, sourceUrl: "javascript:alert(1)" } }));
    expect(all(doc, (e) => e.name === "a" && !(e.attribs.href ?? "").startsWith("#"))).toEqual([]);
    expect(text(doc as never)).toContain("javascript:alert(1)");
  });

  it("has a legend naming each tag with its code and the pattern of its line", () => {
    const legend = text(DomUtils.findOne((e) => e.attribs.class === "legend", doc.children)!);
    for (const tag of model.tags) expect(legend).toContain(`${tag.label}${abbreviation.get(tag.id)}`);
    expect(legend).toMatch(/solid line.*dashed line.*wavy line.*double line/s);
  });

  it("summarises a class: readers, agreement, consensus, top disagreements with their splits, and the heatmap", () => {
    const section = DomUtils.findOne((e) => e.attribs.class === "summary", doc.children)!;
    const summary = text(section);
    expect(summary).toContain(model.compare!.agreement.overall.explanation);
    expect(summary).toContain(model.compare!.agreement.overall.unitizingAlpha!.toFixed(2));
    const hotspots = all({ children: [section] } as never, (e) => e.attribs.class === "hotspots")[0]!;
    const top = DomUtils.findOne((e) => e.name === "li", hotspots.children)!;
    expect(text(DomUtils.findOne((e) => e.name === "q", top.children)!)).toBe(model.compare!.hotspots[0]!.exact);
    expect(text(top)).toContain("Opinion 1 · LL Loaded language 1 — divided 100%");
    const consensus = all({ children: [section] } as never, (e) => e.attribs.class === "consensus")[0]!;
    expect(all({ children: [consensus] } as never, (e) => e.name === "q").map(text)).toEqual(model.compare!.consensus.map((c) => c.exact));
    const heat = all(doc, (e) => (e.attribs.class ?? "").startsWith("heat heat-") && e.name === "span");
    // Both readers tagged "a reckless giveaway" (2 of 2: the darkest step); only Léo the "approve " before it (1 of 2: step 3).
    expect(heat.find((e) => text(e) === "a reckless giveaway")!.attribs.class).toBe("heat heat-5");
    expect(heat.find((e) => text(e) === "approve ")!.attribs.class).toBe("heat heat-3");
  });

  it("names no reader in a single reader's notes, and shows their score and the teacher's comment", () => {
    const doc = parse(oneReader());
    expect(all(doc, (e) => e.attribs.class === "reader")).toEqual([]);
    const work = text(DomUtils.findOne((e) => e.attribs.class === "work", doc.children)!);
    expect(work).toContain("Score: 8 / 10");
    expect(work).toContain("Good eye — see =SUM(A1) & <i>notes</i>.");
    expect(all(doc, (e) => e.attribs.class === "summary" || e.attribs.class === "heatmap")).toEqual([]);
  });

  it("keeps the article's headings, lists, quotes and captions as such, and says when there are no highlights", () => {
    const source = ["Heading", "First step", "Second step", "A point", "A quoted passage.", "Cranes at the quay."].join("\n\n");
    const blocks = [{ type: "heading", level: 2 }, { type: "list-item", ordered: true }, { type: "list-item", ordered: true }, { type: "list-item", ordered: false }, { type: "quote" }, { type: "caption" }] as const;
    const doc = parse(sampleExportModel({ annotations: [], compare: null, article: { ...model.article, text: source, blocks: [...blocks] } }));
    const article = DomUtils.findOne((e) => e.attribs.class === "article", doc.children)!;
    const shape = all({ children: [article] } as never, (e) => ["h4", "ol", "ul", "li", "blockquote", "p"].includes(e.name)).map((e) => `${e.name}:${text(e)}`);
    expect(shape).toEqual(["h4:Heading", "ol:First stepSecond step", "li:First step", "li:Second step", "ul:A point", "li:A point", "blockquote:A quoted passage.", "p:Cranes at the quay."]);
    expect(all({ children: [article] } as never, (e) => e.attribs.class === "caption").map(text)).toEqual(["Cranes at the quay."]);
    expect(text(byId(doc, "notes-heading")!.parent as never)).toContain("No highlights yet.");
  });

  it("gives byte-identical files for the same model", () => {
    const first = writeHtml(sampleExportModel());
    expect(writeHtml(structuredClone(sampleExportModel()))).toEqual(first);
    expect(first.length).toBeGreaterThan(SAMPLE_ANNOTATIONS.length * 100);
  });
});
