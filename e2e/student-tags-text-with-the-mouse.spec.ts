import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/accounts";
import { expectAllSaved, highlightTexts, openDemoAssignmentAfresh, selectWithMouse } from "./support/reader";

test.use({ storageState: STORAGE.student });

test("a student drags over a phrase, tags it from the toolbar, and still sees it after a reload", async ({ page }) => {
  await openDemoAssignmentAfresh(page);

  await selectWithMouse(page, "frank views");
  const toolbar = page.getByRole("toolbar", { name: "Tag the selected text" });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole("button", { name: /Loaded language/ }).click();

  // Shown at once, before the save finishes, and then saved.
  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["frank views"]);
  await expect(toolbar).toBeHidden();
  await expectAllSaved(page);
  await expect(page.getByRole("region", { name: /Your highlights/ }).getByRole("listitem")).toHaveText([/Loaded language.*frank views/]);

  await page.reload();
  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["frank views"]);
  const [id] = Object.keys(await highlightTexts(page));
  await expect(page.locator(`[data-annotation-id="${id}"]`)).toHaveAttribute("data-tag", "loaded_language");
});
