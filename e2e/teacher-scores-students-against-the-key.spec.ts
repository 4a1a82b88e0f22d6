import { expect } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { giveFeedback, highlight, setUpExercise, submit, test } from "./support/classroom";

test("the teacher makes an answer key, reads each student's scores against it, and turns what a student missed and added into feedback", async ({ classroom }) => {
  // One journey through four views of the assignment and an accessibility scan of the whole Compare tab.
  test.setTimeout(60_000);
  const { teacher, klass, assignment } = await setUpExercise(classroom);
  const sara = await classroom.joinAsStudent(klass.joinCode, "Sara Lund");
  await highlight(sara, assignment, "a triumph for every family in town", "quote");
  await highlight(sara, assignment, "thanked the builders", "opinion");
  await submit(sara, assignment);
  const rui = await classroom.joinAsStudent(klass.joinCode, "Rui Costa");
  await highlight(rui, assignment, "a reckless waste of public money", "loaded_language");
  await submit(rui, assignment);
  await giveFeedback(teacher, assignment, sara, { comment: "Careful reading." });

  const page = await classroom.pageAs(teacher);
  await page.goto(`/assignments/${assignment.id}?view=compare`);
  const noKey = page.getByText(/scores against an answer key appear here once you mark your own highlights as the key/);
  await expect(noKey).toBeVisible();

  // The key: the teacher's own highlights, marked as the key on the Answer key tab.
  await highlight(teacher, assignment, "a triumph for every family in town", "quote");
  await highlight(teacher, assignment, "a reckless waste of public money", "loaded_language");
  await highlight(teacher, assignment, "twice the first estimate", "factual_claim");
  await noKey.getByRole("link", { name: "make an answer key" }).click();
  await page.getByRole("button", { name: "Use my highlights as the answer key" }).click();
  await expect(page.getByText("Your 3 highlights are the answer key.")).toBeVisible();

  await page.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Compare" }).click();
  const panel = page.getByRole("region", { name: "Against the answer key", exact: true });
  const table = panel.getByRole("table", { name: "Scores against the answer key, based on 2 students, submitted work only" });
  // Rui tagged one key passage exactly: precision 1, recall 1/3, F1 1/2. Sara tagged one of her two
  // highlights as the key does: precision 1/2, recall 1/3, F1 2/5. Best F1 first.
  await expect(table.getByRole("rowheader")).toHaveText(["Rui Costa", "Sara Lund"]);
  const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row("Rui Costa").getByRole("cell").first()).toHaveText("100%");
  await expect(row("Rui Costa").getByRole("cell").nth(2)).toHaveText("50%");
  await expect(row("Sara Lund").getByRole("cell").nth(0)).toHaveText("50%");
  await expect(row("Sara Lund").getByRole("cell").nth(1)).toHaveText("33%");
  await expect(row("Sara Lund").getByRole("cell").nth(2)).toHaveText("40%");
  await expect(table.getByRole("columnheader", { name: "F1, all tags" })).toHaveAttribute("aria-sort", "descending");

  // Sorting from the keyboard: the names column, A to Z, then Z to A.
  const byName = table.getByRole("button", { name: "Student" });
  await byName.focus();
  await page.keyboard.press("Enter");
  await expect(table.getByRole("rowheader")).toHaveText(["Rui Costa", "Sara Lund"]);
  await expect(table.getByRole("columnheader", { name: "Student" })).toHaveAttribute("aria-sort", "ascending");
  await page.keyboard.press("Enter");
  await expect(table.getByRole("rowheader")).toHaveText(["Sara Lund", "Rui Costa"]);
  await expect(table.getByRole("columnheader", { name: "Student" })).toHaveAttribute("aria-sort", "descending");
  await expect(table.getByRole("columnheader", { name: "F1, all tags" })).not.toHaveAttribute("aria-sort");

  // The chart is drawn, and its text alternative is the table.
  const chart = panel.getByRole("img", { name: /^Precision, recall and F1 of each student/ });
  await expect(chart.locator(".ct-bar")).toHaveCount(6);

  // What Sara missed and added.
  const saras = panel.locator("details", { hasText: "Sara Lund: missed 2 of 3, added 1" });
  await saras.getByText("Sara Lund: missed 2 of 3, added 1").click();
  await expect(saras.getByRole("heading", { name: "Missed: in the key, not tagged the same by Sara Lund" })).toBeVisible();
  const missed = saras.getByRole("listitem").filter({ hasText: "a reckless waste of public money" });
  const addToComment = missed.getByRole("button", { name: /^Add to overall comment/ });
  await addToComment.click();
  await expect(missed).toContainText("Added to the overall comment.");
  await expect(missed.getByRole("button", { name: /^Added: “a reckless waste of public money”$/ })).toHaveAttribute("aria-disabled", "true");
  await expect(missed.getByRole("button", { name: /^Added: “a reckless waste of public money”$/ })).toBeFocused();

  const added = saras.getByRole("listitem").filter({ hasText: "thanked the builders" });
  await added.getByRole("button", { name: /^Mark as not in the key/ }).click();
  await expect(added).toContainText("Marked Disagree.");
  await expect(added.getByRole("button", { name: /^Marked: “thanked the builders”$/ })).toBeFocused();
  await expectNoViolations(page);

  // Both were saved: the review page, loaded afresh, shows them, and the teacher's own words are kept.
  await page.goto(`/assignments/${assignment.id}?view=review&student=${sara.id}`);
  await expect(page.getByLabel("Comment", { exact: true })).toHaveValue("Careful reading.\nMissed: “a reckless waste of public money” (Loaded language)");
  const list = page.getByRole("region", { name: /Sara Lund’s highlights/ });
  await expect(list.getByRole("listitem").filter({ hasText: "thanked the builders" })).toContainText("Teacher: disagree");
  await page.locator(".ProseMirror [data-annotation-id]", { hasText: "thanked the builders" }).click();
  await expect(page.getByRole("dialog", { name: "Highlight" }).getByLabel("Comment for the student")).toHaveValue("Not in the answer key.");

  // Back on Compare, the buttons say what is already done.
  await page.goto(`/assignments/${assignment.id}?view=compare`);
  const again = page.locator("details", { hasText: "Sara Lund: missed 2 of 3, added 1" });
  await again.getByText("Sara Lund: missed 2 of 3, added 1").click();
  await expect(again.getByRole("listitem").filter({ hasText: "a reckless waste of public money" })).toContainText("Already in the overall comment.");
  await expect(again.getByRole("listitem").filter({ hasText: "thanked the builders" })).toContainText("Already marked Disagree.");
});

test("the scores table scrolls inside its own box on a 320 px wide screen, not the page", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom);
  const sara = await classroom.joinAsStudent(klass.joinCode, "Sara Lund");
  await highlight(sara, assignment, "a triumph for every family in town", "quote");
  await submit(sara, assignment);
  await highlight(teacher, assignment, "a triumph for every family in town", "quote");
  await expect((await teacher.api.put(`/api/assignments/${assignment.id}/answer-key`, { data: { enabled: true } })).status()).toBe(200);

  const page = await classroom.pageAs(teacher);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/assignments/${assignment.id}?view=compare`);
  const scroller = page.getByRole("region", { name: /^Scores against the answer key/ });
  await expect(scroller.getByRole("rowheader")).toHaveText(["Sara Lund"]);
  await expect(page.getByRole("img", { name: /^Precision, recall and F1/ }).locator(".ct-bar")).toHaveCount(3);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  const box = await scroller.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(box.scroll).toBeGreaterThan(box.client);
});
