import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/accounts";
import { articleText, expectAllSaved, highlightTexts, openDemoAssignmentAfresh } from "./support/reader";

test.use({ storageState: STORAGE.student });

test("a student selects text with Shift and the arrow keys and tags it by pressing 2", async ({ page }) => {
  await openDemoAssignmentAfresh(page);

  // Reach the article from the keyboard alone: it is in the tab order.
  const article = articleText(page);
  for (let presses = 0; presses < 30 && !(await article.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(article).toBeFocused();
  await expect(article).toHaveAttribute("aria-readonly", "true");

  // The caret starts at the top: go to the start of the text, then select "Sergey Lavrov".
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < "Sergey Lavrov".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByRole("toolbar", { name: "Tag the selected text" })).toBeVisible();
  await page.keyboard.press("2");

  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["Sergey Lavrov"]);
  await expectAllSaved(page);
  // Typing never changes the article.
  await page.keyboard.type("xyz");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Enter");
  await expect(article).toContainText("Sergey Lavrov has offered his frank views");

  await page.reload();
  // The editor draws the highlights once it has taken over the server-rendered text.
  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["Sergey Lavrov"]);
  const texts = await highlightTexts(page);
  await expect(page.locator(`[data-annotation-id="${Object.keys(texts)[0]}"]`)).toHaveAttribute("data-tag", "opinion");
});
