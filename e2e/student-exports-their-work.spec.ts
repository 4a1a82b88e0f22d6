import { expect } from "@playwright/test";
import { readPdf, squeeze } from "@/tests/support/pdf-reading";
import { highlight, setUpExercise, submit, test } from "./support/classroom";
import { csvRecords, downloadExport, everythingIn, expectNoIdentities, identitiesOf, openExportMenu } from "./support/export-menu";

const TEACHER_ONLY_SCOPES = ["One student", "The answer key"];
const exportPath = (assignmentId: string, query: string) => `/api/assignments/${assignmentId}/export?${query}`;

test("before the reveal a student exports only their own work, in every format, and is offered no one else's", async ({ classroom }) => {
  test.setTimeout(60_000);
  const { klass, assignment } = await setUpExercise(classroom, { revealPolicy: "AFTER_SUBMIT" });
  // A classmate who handed in, with words of her own in a note: none of it may reach Ada's files.
  const classmate = await classroom.joinAsStudent(klass.joinCode, "Ottoline Vasquez-Brandt");
  await highlight(classmate, assignment, "thanked the builders", "opinion", "Reads like a council press release");
  await submit(classmate, assignment);
  const ada = await classroom.joinAsStudent(klass.joinCode, "Ada Byrne");
  const own = ["a triumph for every family in town", "twice the first estimate"];
  await highlight(ada, assignment, own[0]!, "quote", "The mayor's words, not the paper's");
  await highlight(ada, assignment, own[1]!, "factual_claim");

  const page = await classroom.pageAs(ada);
  await page.goto(`/assignments/${assignment.id}`);
  const form = await openExportMenu(page);
  // Her work is a draft, so the class is not hers to see yet: there is nothing to choose but her own.
  await expect(form.getByRole("combobox", { name: "Whose work" })).toHaveCount(0);
  await expect(form).toContainText("Whose work: My highlights");
  for (const scope of [...TEACHER_ONLY_SCOPES, "The whole class"]) await expect(form.getByRole("option", { name: scope })).toHaveCount(0);

  const pdfFile = await downloadExport(page, form, { format: "pdf" });
  expect(pdfFile.fileName).toMatch(/^spot-the-slant-the-town-pool-mine-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = squeeze((await readPdf(pdfFile.bytes)).text);
  // The article is all there, but the notes hold only her highlights.
  for (const phrase of own) expect(pdf).toContain(squeeze(`“${phrase}”`));
  expect(pdf).toContain(squeeze("Note: The mayor's words, not the paper's"));
  expect(pdf).not.toContain(squeeze("“thanked the builders”"));
  expect(pdf).not.toContain(squeeze("Reads like a council press release"));
  await expectNoIdentities(pdfFile, identitiesOf([classmate]));

  const csvFile = await downloadExport(page, form, { format: "csv" });
  expect(csvFile.fileName).toMatch(/^spot-the-slant-the-town-pool-mine-\d{4}-\d{2}-\d{2}\.csv$/);
  const { rows } = csvRecords(csvFile.bytes);
  expect(rows.map((r) => `${r.reader}|${r["exact text"]}`).sort()).toEqual(own.map((phrase) => `${ada.name}|${phrase}`).sort());
  await expectNoIdentities(csvFile, identitiesOf([classmate]));

  // Every other format holds her work and nothing of her classmate's either.
  for (const format of ["html", "docx", "jsonld", "gradebook"] as const) {
    const file = await downloadExport(page, form, { format });
    expect(file.fileName).toContain("-mine-");
    const everything = await everythingIn(file);
    if (format === "html" || format === "jsonld") for (const phrase of own) expect(everything).toContain(phrase);
    if (format === "gradebook") expect(csvRecords(file.bytes).rows.map((r) => r.student)).toEqual([ada.name]);
    // (The article itself contains the passage she highlighted; her note is hers alone.)
    expect(everything).not.toContain("Reads like a council press release");
    await expectNoIdentities(file, identitiesOf([classmate]));
  }

  // Asking the API directly gets no further.
  expect((await page.request.get(exportPath(assignment.id, "format=csv&scope=class"))).status()).toBe(403);
});

test("after the reveal, with names hidden, a student's class export shows classmates as “Classmate XXXX”, and a classmate's own work is refused", async ({ classroom }) => {
  test.setTimeout(60_000);
  const { klass, assignment } = await setUpExercise(classroom, { revealPolicy: "ALWAYS", showClassmateNames: false });
  const ottoline = await classroom.joinAsStudent(klass.joinCode, "Ottoline Vasquez-Brandt");
  await highlight(ottoline, assignment, "thanked the builders", "opinion", "Reads like a council press release");
  await submit(ottoline, assignment);
  const bartholomew = await classroom.joinAsStudent(klass.joinCode, "Bartholomew Nkemelu", { withEmail: true });
  await highlight(bartholomew, assignment, "a reckless waste of public money", "loaded_language");
  await submit(bartholomew, assignment);
  const ada = await classroom.joinAsStudent(klass.joinCode, "Ada Byrne");
  await highlight(ada, assignment, "twice the first estimate", "factual_claim");
  // The class export holds handed-in work only: Ada's too.
  await submit(ada, assignment);

  const page = await classroom.pageAs(ada);
  await page.goto(`/assignments/${assignment.id}`);
  const form = await openExportMenu(page);
  await expect(form.getByRole("combobox", { name: "Whose work" }).getByRole("option")).toHaveText(["My highlights", "The whole class"]);
  for (const scope of TEACHER_ONLY_SCOPES) await expect(form.getByRole("option", { name: scope })).toHaveCount(0);

  const csvFile = await downloadExport(page, form, { format: "csv", scope: "The whole class" });
  expect(csvFile.fileName).toMatch(/^spot-the-slant-the-town-pool-class-\d{4}-\d{2}-\d{2}\.csv$/);
  const { rows } = csvRecords(csvFile.bytes);
  const readerOf = (phrase: string) => rows.find((r) => r["exact text"] === phrase)?.reader;
  expect(rows).toHaveLength(3);
  expect(readerOf("twice the first estimate")).toBe(ada.name);
  const pseudonyms = [readerOf("thanked the builders"), readerOf("a reckless waste of public money")];
  for (const name of pseudonyms) expect(name).toMatch(/^Classmate [0-9A-F]{4}$/);
  expect(new Set(pseudonyms).size, "two classmates, two pseudonyms").toBe(2);
  await expectNoIdentities(csvFile, identitiesOf([ottoline, bartholomew]));

  const pdfFile = await downloadExport(page, form, { format: "pdf", scope: "The whole class" });
  const pdf = squeeze((await readPdf(pdfFile.bytes)).text);
  for (const name of pseudonyms) expect(pdf).toContain(squeeze(`${name} · `));
  await expectNoIdentities(pdfFile, identitiesOf([ottoline, bartholomew]));

  // One classmate's own work, or the answer key, are the teacher's to export.
  expect((await page.request.get(exportPath(assignment.id, `format=csv&scope=student&student=${ottoline.id}`))).status()).toBe(403);
  expect((await page.request.get(exportPath(assignment.id, "format=csv&scope=key"))).status()).toBe(403);
});
