import { expect } from "@playwright/test";
import type { Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { commentRangeTexts, docxPart, wordComments } from "@/tests/support/read-docx";
import { readPdf, squeeze } from "@/tests/support/pdf-reading";
import { runW3cSuiteOn } from "@/tests/support/w3c-suite";
import { expectStatus, giveFeedback, highlight, POOL_ARTICLE, setUpExercise, submit, test, type Account, type Classroom } from "./support/classroom";
import { storeNoteInDatabase } from "./support/database";
import { csvRecords, downloadExport, expectFileName, expectNoIdentities, exportDates, FORMAT, hasByteOrderMark, identitiesOf, openExportMenu } from "./support/export-menu";

const STEM = "spot-the-slant-the-town-pool";
const NOTE_WITH_MARKUP = "Scare quotes? <b>html</b>";
const VERDICT_COMMENT = "Yes: the mayor's own words, in quotation marks.";

interface Highlight {
  phrase: string;
  tag: string;
  reader: string;
}

/**
 * Two students who handed in: Philippa (signs in with an email) and Zoë Ångström (a name with
 * accents, a username). Philippa's quote carries a note with markup in it and the teacher's
 * verdict, and her work is returned with a score; the teacher has an answer key of three
 * highlights. Names are rare words, so that a leak cannot hide among the article's.
 */
async function markedClass(classroom: Classroom) {
  const { teacher, klass, assignment } = await setUpExercise(classroom, { teacherName: "Dorothea Rivermoor" });
  const philippa = await classroom.joinAsStudent(klass.joinCode, "Philippa Quenby", { withEmail: true });
  const zoe = await classroom.joinAsStudent(klass.joinCode, "Zoë Ångström");
  const highlights: Highlight[] = [
    { phrase: "a triumph for every family in town", tag: "Quote", reader: philippa.name },
    { phrase: "a reckless waste of public money", tag: "Loaded language", reader: philippa.name },
    { phrase: "twice the first estimate", tag: "Factual claim", reader: zoe.name },
    { phrase: "a reckless waste of public money", tag: "Opinion", reader: zoe.name },
  ];
  const quote = await highlight(philippa, assignment, highlights[0]!.phrase, "quote", "Scare quotes");
  await storeNoteInDatabase(quote.id, NOTE_WITH_MARKUP);
  await highlight(philippa, assignment, highlights[1]!.phrase, "loaded_language");
  await highlight(zoe, assignment, highlights[2]!.phrase, "factual_claim");
  await highlight(zoe, assignment, highlights[3]!.phrase, "opinion");
  await submit(philippa, assignment);
  await submit(zoe, assignment);
  await expectStatus(await teacher.api.put(`/api/annotations/${quote.id}/feedback`, { data: { verdict: "AGREE", comment: VERDICT_COMMENT } }), 200);
  await giveFeedback(teacher, assignment, philippa, { score: 8, returned: true });
  // The key: Philippa's two highlights and Zoë's factual claim, not her opinion.
  await highlight(teacher, assignment, highlights[0]!.phrase, "quote");
  await highlight(teacher, assignment, highlights[1]!.phrase, "loaded_language");
  await highlight(teacher, assignment, highlights[2]!.phrase, "factual_claim");
  await expectStatus(await teacher.api.put(`/api/assignments/${assignment.id}/answer-key`, { data: { enabled: true } }), 200);
  return { teacher, assignment, philippa, zoe, highlights, everyone: [teacher, philippa, zoe] as Account[] };
}

const sorted = (values: string[]) => [...values].sort();

test("the teacher downloads the whole class in every format from the Export menu, and each file reads back with every highlight", async ({ classroom }) => {
  test.setTimeout(120_000);
  const { teacher, assignment, philippa, zoe, highlights } = await markedClass(classroom);
  const since = new Date();
  const page = await classroom.pageAs(teacher);
  await page.goto(`/assignments/${assignment.id}`);
  const form = await openExportMenu(page);
  await expect(form.getByRole("combobox", { name: "Format" }).getByRole("option")).toHaveText(Object.values(FORMAT));
  await expect(form.getByRole("combobox", { name: "Whose work" }).getByRole("option")).toHaveText(["The whole class", "One student", "The answer key"]);
  const dates = exportDates(since);

  // PDF, on A4 unless asked: the article's words, the legend with each tag's pattern, the notes with their feedback.
  const pdfFile = await downloadExport(page, form, { format: "pdf", scope: "The whole class" });
  expectFileName(pdfFile.fileName, STEM, "class", dates, "pdf");
  const pdf = await readPdf(pdfFile.bytes);
  for (const p of pdf.pages) expect([Math.round(p.width), Math.round(p.height)], "A4 in points").toEqual([595, 842]);
  const body = squeeze(pdf.pages.map((p) => p.bodyText).join(""));
  for (const paragraph of POOL_ARTICLE.text.split("\n\n")) expect(body).toContain(squeeze(paragraph));
  for (const words of ["Quote", "Opinion", "Loaded language", "Factual claim", "solid line", "dashed line", "wavy line", "double line", "Notes"]) expect(pdf.text).toContain(words);
  expect(squeeze(pdf.text)).toContain(squeeze(`Note: ${NOTE_WITH_MARKUP}`));
  expect(squeeze(pdf.text)).toContain(squeeze(`Teacher: Agree — ${VERDICT_COMMENT}`));
  expect(squeeze(pdf.text)).toContain(squeeze(`${zoe.name} · Factual claim`));

  // HTML: every highlight's text inside its <mark>s, labelled with its tag; the note's markup as text; no script.
  const htmlFile = await downloadExport(page, form, { format: "html" });
  expectFileName(htmlFile.fileName, STEM, "class", dates, "html");
  const doc = parseDocument(htmlFile.bytes.toString("utf8"));
  const find = (test: (e: Element) => boolean) => DomUtils.findAll(test, doc.children);
  const notes = find((e) => e.name === "li" && (e.attribs.id ?? "").startsWith("note-"));
  const marks = find((e) => e.name === "mark");
  const read = notes.map((note) => {
    const n = note.attribs.id!.slice("note-".length);
    const pieces = marks.filter((m) => (m.attribs["data-notes"] ?? "").split(" ").includes(n));
    const head = DomUtils.textContent(DomUtils.findOne((e) => e.attribs.class === "head", note.children)!);
    const label = highlights.map((h) => h.tag).find((tag) => head.includes(tag));
    expect(label, `note ${n} names its tag`).toBeDefined();
    for (const mark of pieces) expect(mark.attribs.title, `the mark of note ${n} is labelled with its tag`).toContain(`${n}: ${label}`);
    return { phrase: pieces.map((m) => DomUtils.textContent(m)).join(""), tag: label!, reader: highlights.find((h) => head.startsWith(h.reader))?.reader ?? head };
  });
  expect(sorted(read.map((r) => `${r.reader}|${r.tag}|${r.phrase}`))).toEqual(sorted(highlights.map((h) => `${h.reader}|${h.tag}|${h.phrase}`)));
  expect(find((e) => e.name === "script")).toEqual([]);
  expect(find((e) => Object.keys(e.attribs).some((name) => name.startsWith("on"))), "no event handler attributes").toEqual([]);
  const noteText = find((e) => e.attribs.class === "note-text");
  expect(noteText.map((p) => DomUtils.textContent(p))).toEqual([`Note: ${NOTE_WITH_MARKUP}`]);
  expect(DomUtils.findAll((e) => e.name === "b", noteText), "the note's <b> is text, not an element").toEqual([]);

  // Word: one comment per highlight, around exactly its text, by its reader.
  const docxFile = await downloadExport(page, form, { format: "docx" });
  expectFileName(docxFile.fileName, STEM, "class", dates, "docx");
  const comments = wordComments(await docxPart(docxFile.bytes, "word/comments.xml"));
  const ranges = commentRangeTexts(await docxPart(docxFile.bytes, "word/document.xml"));
  expect(sorted(comments.map((c) => `${c.author}|${ranges.get(c.id)}`))).toEqual(sorted(highlights.map((h) => `${h.reader}|${h.phrase}`)));
  expect(comments.find((c) => ranges.get(c.id) === highlights[0]!.phrase)?.text).toContain(`Note: ${NOTE_WITH_MARKUP}`);

  // JSON-LD: the W3C Web Annotation suite finds no MUST broken, and the quotes are the highlights.
  const jsonFile = await downloadExport(page, form, { format: "jsonld" });
  expectFileName(jsonFile.fileName, STEM, "class", dates, "jsonld");
  const suite = await runW3cSuiteOn(jsonFile.bytes);
  expect(suite.failures).toEqual([]);
  expect([suite.exitCode, suite.failed]).toEqual([0, 0]);
  expect(suite.passed).toBeGreaterThan(0);
  const collection = JSON.parse(jsonFile.bytes.toString("utf8")) as { first: { items: { target: { selector: { type: string; exact?: string }[] } }[] } };
  const exacts = collection.first.items.map((item) => item.target.selector.find((s) => s.type === "TextQuoteSelector")?.exact ?? "");
  expect(sorted(exacts)).toEqual(sorted(highlights.map((h) => h.phrase)));

  // CSV: a byte-order mark, then one row per highlight.
  const csvFile = await downloadExport(page, form, { format: "csv" });
  expectFileName(csvFile.fileName, STEM, "class", dates, "csv");
  expect(hasByteOrderMark(csvFile.bytes)).toBe(true);
  const csv = csvRecords(csvFile.bytes);
  expect(sorted(csv.rows.map((r) => `${r.reader}|${r.tag}|${r["exact text"]}`))).toEqual(sorted(highlights.map((h) => `${h.reader}|${h.tag}|${h.phrase}`)));
  expect(csv.rows.find((r) => r.note !== "")?.note).toBe(NOTE_WITH_MARKUP);

  // Gradebook: one row per student, with the score and span scores against the key. With
  // whole-span matches, SemEval-2020 Task 11's span precision is the share of a student's
  // highlights the key has with the same tag, recall the share of the key's they found
  // (lib/compare/span-scores.ts): Philippa 2/2 and 2/3, F1 = 2·1·⅔/(1+⅔) = 0.8; Zoë 1/2 and
  // 1/3, F1 = 2·½·⅓/(½+⅓) = 0.4.
  const gradebookFile = await downloadExport(page, form, { format: "gradebook" });
  expectFileName(gradebookFile.fileName, STEM, "class-gradebook", dates, "csv");
  expect(hasByteOrderMark(gradebookFile.bytes)).toBe(true);
  const gradebook = csvRecords(gradebookFile.bytes).rows;
  const scores = (row: Record<string, string>) => [row.student, row.status, row.highlights, row.score, row["precision vs key (0-1)"], row["recall vs key (0-1)"], row["F1 vs key (0-1)"]];
  expect(gradebook.map(scores)).toEqual([
    [philippa.name, "returned", "2", "8", "1", "0.667", "0.8"],
    [zoe.name, "submitted", "2", "", "0.5", "0.333", "0.4"],
  ]);
});

test("with “Hide every name”, no student's or teacher's name, sign-in or id is in any of the six files", async ({ classroom }) => {
  test.setTimeout(120_000);
  const { teacher, assignment, everyone } = await markedClass(classroom);
  const page = await classroom.pageAs(teacher);
  await page.goto(`/assignments/${assignment.id}`);
  const form = await openExportMenu(page);
  const identities = identitiesOf(everyone);
  for (const format of Object.keys(FORMAT) as (keyof typeof FORMAT)[]) {
    const file = await downloadExport(page, form, { format, scope: "The whole class", hideNames: true });
    await expectNoIdentities(file, identities);
    // Readers are still told apart, by number.
    if (format === "csv") expect(new Set(csvRecords(file.bytes).rows.map((r) => r.reader))).toEqual(new Set(["Reader 1", "Reader 2"]));
    if (format === "gradebook") expect(csvRecords(file.bytes).rows.map((r) => r.student)).toEqual(["Reader 1", "Reader 2"]);
  }
});

test("a PDF on US Letter when the teacher chooses it, and one student's work and the answer key under their own names", async ({ classroom }) => {
  test.setTimeout(60_000);
  const { teacher, assignment, zoe, highlights } = await markedClass(classroom);
  const since = new Date();
  const page = await classroom.pageAs(teacher);
  await page.goto(`/assignments/${assignment.id}`);
  const form = await openExportMenu(page);

  const letter = await downloadExport(page, form, { format: "pdf", scope: "The whole class", paper: "US Letter" });
  for (const p of (await readPdf(letter.bytes)).pages) expect([Math.round(p.width), Math.round(p.height)], "Letter in points").toEqual([612, 792]);
  // Paper is a choice of the PDF only; and once the choice changes, the line no longer speaks of the last file.
  await expect(form.getByRole("status")).toHaveText(/^Downloaded .+\.pdf\.$/);
  await form.getByRole("combobox", { name: "Format" }).selectOption({ label: FORMAT.csv });
  await expect(form.getByRole("combobox", { name: "Paper" })).toHaveCount(0);
  await expect(form.getByRole("status")).toHaveText("");

  const dates = exportDates(since);
  const one = await downloadExport(page, form, { format: "csv", scope: "One student", student: zoe.name });
  expectFileName(one.fileName, STEM, "student", dates, "csv");
  expect(sorted(csvRecords(one.bytes).rows.map((r) => `${r.reader}|${r["exact text"]}`))).toEqual(sorted(highlights.filter((h) => h.reader === zoe.name).map((h) => `${h.reader}|${h.phrase}`)));

  const key = await downloadExport(page, form, { format: "csv", scope: "The answer key" });
  expectFileName(key.fileName, STEM, "key", dates, "csv");
  expect(sorted(csvRecords(key.bytes).rows.map((r) => `${r.reader}|${r.tag}|${r["exact text"]}`))).toEqual(sorted(highlights.slice(0, 3).map((h) => `Answer key|${h.tag}|${h.phrase}`)));
});

test("a double click on Download makes one request and one download, and the menu is ready again after", async ({ classroom }) => {
  const { teacher, assignment } = await markedClass(classroom);
  const page = await classroom.pageAs(teacher);
  await page.goto(`/assignments/${assignment.id}`);
  const form = await openExportMenu(page);
  const requests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith("/export")) requests.push(request.url());
  });
  let downloads = 0;
  page.on("download", () => downloads++);
  // The first answer waits until both clicks are in, so the second lands while the first export runs.
  let release!: () => void;
  const bothClicked = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith("/export"),
    async (route) => {
      await bothClicked;
      await route.continue();
    },
  );

  const button = form.getByRole("button", { name: /^(Download|Preparing the file…)$/ });
  await button.dblclick();
  await expect(button).toHaveText("Preparing the file…");
  await expect(button).toHaveAttribute("aria-disabled", "true");
  await expect(button).toBeFocused();
  expect(requests, "requests while the first export runs").toHaveLength(1);
  const saved = page.waitForEvent("download");
  release();
  await saved;
  await expect(form.getByRole("status")).toHaveText(/^Downloaded spot-the-slant-the-town-pool-class-\d{4}-\d{2}-\d{2}\.pdf\.$/);
  await expect(button).toHaveText("Download");
  expect([requests.length, downloads]).toEqual([1, 1]);

  // Not stuck: one more click is one more file.
  const again = page.waitForEvent("download");
  await button.click();
  await again;
  expect([requests.length, downloads]).toEqual([2, 2]);
});

test("the open Export menu fits a 390 px wide phone screen and a 1280 px wide one", async ({ classroom }) => {
  const { teacher, assignment } = await markedClass(classroom);
  const page = await classroom.pageAs(teacher);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/assignments/${assignment.id}`);
    const form = await openExportMenu(page);
    await form.getByRole("combobox", { name: "Whose work" }).selectOption({ label: "One student" });
    await form.getByRole("checkbox", { name: /^Hide every name/ }).check();
    await page.screenshot({ path: test.info().outputPath(`export-menu-${width}.png`), fullPage: true });
    const box = (await form.boundingBox())!;
    expect(box.x + box.width, `the form inside ${width} px`).toBeLessThanOrEqual(width);
    for (const control of await form.locator("select, input, button").all()) {
      const inner = (await control.boundingBox())!;
      expect(inner.x + inner.width, "each control inside the form").toBeLessThanOrEqual(box.x + box.width);
      // Each control is a target of at least 24 by 24 px (WCAG 2.2, 2.5.8), at either width.
      expect(Math.min(inner.width, inner.height), "target size").toBeGreaterThanOrEqual(24);
    }
    expect(await form.evaluate((element) => element.scrollWidth <= element.clientWidth), "nothing scrolls inside the form").toBe(true);
  }
});
