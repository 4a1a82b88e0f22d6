import { expect } from "@playwright/test";
import { expectStatus, highlight, setAssignment, setUpExercise, test, TAGS_WITH_A_NOTE } from "./support/classroom";
import { highlightTexts } from "./support/reader";

test("a teacher brings last year's answer key into a new assignment from a W3C Web Annotation file, and a file that does not fit this article changes nothing", async ({ classroom }) => {
  const { teacher, klass, assignment: lastYear } = await setUpExercise(classroom);
  await highlight(teacher, lastYear, "a reckless waste of public money", "loaded_language");
  await highlight(teacher, lastYear, "twice the first estimate", "factual_claim");
  await expectStatus(await teacher.api.put(`/api/assignments/${lastYear.id}/answer-key`, { data: { enabled: true } }), 200);
  const exported = await teacher.api.get(`/api/assignments/${lastYear.id}/export?format=jsonld&scope=key`);
  expect(exported.status()).toBe(200);
  const file = await exported.body();

  const thisYear = await setAssignment(teacher, { classId: klass.id, articleId: lastYear.article.id, title: "Spot the slant again", tags: TAGS_WITH_A_NOTE });
  const page = await classroom.pageAs(teacher);
  await page.goto(`/assignments/${thisYear.id}?view=key`);

  // A file made for another article: nothing is imported, and the reader is told which highlight and why.
  const foreign = JSON.parse(file.toString("utf8")) as { first: { items: { target: { selector: { type: string; exact?: string }[] } }[] } };
  for (const selector of foreign.first.items[0]!.target.selector) if (selector.type === "TextQuoteSelector") selector.exact = "words this article never had";
  await page.getByText("Import an answer key…").click();
  await page.getByLabel("File").setInputFiles({ name: "other-article.jsonld", mimeType: "application/ld+json", buffer: Buffer.from(JSON.stringify(foreign)) });
  await page.getByRole("button", { name: "Import" }).click();
  const status = page.getByRole("status").filter({ hasText: "words this article never had" });
  await expect(status).toContainText("words this article never had");
  expect((await teacher.api.get(`/api/assignments/${thisYear.id}/annotations`).then((r) => r.json())) as unknown[]).toEqual([]);

  // The real file: imported, the page shows the highlights, and they are the new assignment's key.
  await page.getByLabel("File").setInputFiles({ name: "key.jsonld", mimeType: "application/ld+json", buffer: file });
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Import" }).click()]);
  await expect.poll(async () => Object.values(await highlightTexts(page)).sort()).toEqual(["a reckless waste of public money", "twice the first estimate"]);
  await expect(page.getByText("These highlights are this assignment's answer key.")).toBeVisible();
});
