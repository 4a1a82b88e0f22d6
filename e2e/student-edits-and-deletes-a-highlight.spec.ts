import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/accounts";
import { expectNoViolations } from "./support/axe";
import { articleText, expectAllSaved, highlightTexts, openDemoAssignmentAfresh, selectWithMouse } from "./support/reader";

test.use({ storageState: STORAGE.student });

test("a student opens a highlight, changes its tag, writes a note, deletes it after confirming, undoes that, and deletes it for good", async ({ page }) => {
  await openDemoAssignmentAfresh(page);

  await selectWithMouse(page, "no-nonsense approach");
  await page.keyboard.press("1");
  await expectAllSaved(page);
  const [id] = Object.keys(await highlightTexts(page));

  // Clicking the highlight opens it.
  await page.locator(`[data-annotation-id="${id}"]`).first().click();
  const dialog = page.getByRole("dialog", { name: "Highlight" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Quote" })).toBeChecked();
  await dialog.getByRole("radio", { name: "Loaded language" }).check();
  await expect(page.locator(`[data-annotation-id="${id}"]`).first()).toHaveAttribute("data-tag", "loaded_language");

  // A note with HTML in it is refused before it is sent, with a reason.
  const note = dialog.getByLabel(/Note/);
  await note.fill("<b>bold</b>");
  await expect(dialog.getByRole("alert")).toHaveText("The note must be plain text, without HTML tags.");
  await expect(dialog.getByRole("button", { name: "Save note" })).toBeDisabled();
  await note.fill("Sounds like praise, so it is the writer's view of him.");
  await dialog.getByRole("button", { name: "Save note" }).click();
  await expectAllSaved(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.reload();
  await page.locator(`[data-annotation-id="${id}"]`).first().click();
  await expect(dialog.getByRole("radio", { name: "Loaded language" })).toBeChecked();
  await expect(dialog.getByLabel(/Note/)).toHaveValue("Sounds like praise, so it is the writer's view of him.");

  // Deleting asks first; the question takes the focus, and Escape keeps the highlight.
  await dialog.getByRole("button", { name: "Delete highlight" }).click();
  const question = dialog.getByRole("alertdialog", { name: "Delete this highlight?" });
  await expect(question).toContainText("Its tag and note go with it.");
  await expect(question.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Delete highlight" })).toBeFocused();
  // From the keyboard: Enter asks, Shift+Tab reaches "Yes, delete it".
  await page.keyboard.press("Enter");
  await expect(question.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(question.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expectAllSaved(page);
  expect(await highlightTexts(page)).toEqual({});

  // A few seconds to take it back: focus is on "Undo", one Enter away.
  const toast = page.getByRole("group", { name: "Highlight deleted." });
  await expect(toast).toBeVisible();
  await expect(toast.getByRole("button", { name: "Undo" })).toBeFocused();
  await expectNoViolations(page);
  await page.keyboard.press("Enter");
  await expect(toast).toBeHidden();
  // Back as it was, under the same id, and open again where the student left it.
  await expect(dialog).toBeFocused();
  await expect(dialog.getByRole("radio", { name: "Loaded language" })).toBeChecked();
  await expect(dialog.getByLabel(/Note/)).toHaveValue("Sounds like praise, so it is the writer's view of him.");
  await expectAllSaved(page);
  await page.reload();
  await expect(page.locator(`.ProseMirror [data-annotation-id="${id}"]`).first()).toBeVisible();
  expect(await highlightTexts(page)).toEqual({ [id!]: "no-nonsense approach" });
  await page.locator(`[data-annotation-id="${id}"]`).first().click();
  await expect(dialog.getByLabel(/Note/)).toHaveValue("Sounds like praise, so it is the writer's view of him.");

  // Deleted again, and the offer closed with Escape: focus goes back to the article, the delete stands.
  await dialog.getByRole("button", { name: "Delete highlight" }).click();
  await question.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(toast.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(toast.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(toast).toBeHidden();
  await expect(articleText(page)).toBeFocused();
  await expectAllSaved(page);
  expect(await highlightTexts(page)).toEqual({});
  await page.reload();
  await expect(page.getByText("No highlights yet.")).toBeVisible();
  expect(await highlightTexts(page)).toEqual({});
});

test("a highlight can be opened from the list with the keyboard", async ({ page }) => {
  await openDemoAssignmentAfresh(page);
  await selectWithMouse(page, "fun sense of humour");
  await page.keyboard.press("2");
  await expectAllSaved(page);

  const item = page.getByRole("region", { name: /Your highlights/ }).getByRole("button", { name: /fun sense of humour/ });
  await item.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Highlight" });
  await expect(dialog).toBeFocused();
  await expect(dialog.getByRole("radio", { name: "Opinion" })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // Back to the list's item it was opened from, not to the article.
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Close" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(item).toBeFocused();
});

test("the offer to undo a delete goes by itself a few seconds after the student moves on, and the delete stands", async ({ page }) => {
  await openDemoAssignmentAfresh(page);
  await selectWithMouse(page, "fun sense of humour");
  await page.keyboard.press("2");
  await expectAllSaved(page);
  await page.getByRole("region", { name: /Your highlights/ }).getByRole("button", { name: /fun sense of humour/ }).click();
  const dialog = page.getByRole("dialog", { name: "Highlight" });
  await dialog.getByRole("button", { name: "Delete highlight" }).click();
  await dialog.getByRole("button", { name: "Yes, delete it" }).click();
  const toast = page.getByRole("group", { name: "Highlight deleted." });
  await expect(toast.getByRole("button", { name: "Undo" })).toBeFocused();
  // It waits while focus is in it; the student clicks back into the article.
  await page.waitForTimeout(1000);
  await expect(toast).toBeVisible();
  await page.locator(".ProseMirror p").first().click();
  await expect(toast).toBeHidden({ timeout: 12_000 });
  await expectAllSaved(page);
  await page.reload();
  await expect(page.getByText("No highlights yet.")).toBeVisible();
});
