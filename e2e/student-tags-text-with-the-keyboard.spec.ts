import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/accounts";
import { expectNoViolations } from "./support/axe";
import { pressTimes, tabTo } from "./support/keyboard";
import { articleText, expectAllSaved, highlightTexts, openDemoAssignmentAfresh, readerAnnouncement } from "./support/reader";

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

test("the tag toolbar is one tab stop whose tags the arrow keys, Home and End move between, and a number key tags from it", async ({ page }) => {
  await openDemoAssignmentAfresh(page);
  const article = articleText(page);
  await tabTo(page, article);
  await page.keyboard.press("Control+Home");
  await pressTimes(page, "Shift+ArrowRight", "Sergey Lavrov".length);
  const toolbar = page.getByRole("toolbar", { name: "Tag the selected text" });
  const button = (name: string) => toolbar.getByRole("button", { name: new RegExp(`^${name}`) });
  await page.keyboard.press("Tab");
  await expect(button("Quote")).toBeFocused();
  await page.keyboard.press("End");
  await expect(button("Factual claim")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(button("Quote")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(button("Factual claim")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(button("Loaded language")).toBeFocused();
  await page.keyboard.press("Home");
  await expect(button("Quote")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(button("Opinion")).toBeFocused();
  // One stop: Tab leaves the toolbar from whichever tag has the focus, Shift+Tab comes back to it.
  await expect(toolbar.locator("button[tabindex='0']")).toHaveCount(1);
  await page.keyboard.press("Tab");
  await expect(toolbar.getByRole("button").filter({ has: page.locator(":focus") })).toHaveCount(0);
  await page.keyboard.press("Shift+Tab");
  await expect(button("Opinion")).toBeFocused();
  await page.keyboard.press("3");
  await expect(toolbar).toBeHidden();
  await expect(article).toBeFocused();
  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["Sergey Lavrov"]);
  await expect(page.locator(".ProseMirror [data-annotation-id]").first()).toHaveAttribute("data-tag", "loaded_language");
  await expectAllSaved(page);
});

test("[ and ] move the caret from highlight to highlight, saying which, and Escape from one opened there goes back to the text", async ({ page }) => {
  await openDemoAssignmentAfresh(page);
  const article = articleText(page);
  await tabTo(page, article);
  await page.keyboard.press("Control+Home");
  await pressTimes(page, "Shift+ArrowRight", "Sergey Lavrov".length);
  await page.keyboard.press("1");
  await page.keyboard.press("Control+End");
  await pressTimes(page, "Shift+ArrowLeft", 5);
  await page.keyboard.press("2");
  await expectAllSaved(page);
  await expect.poll(async () => Object.keys(await highlightTexts(page)).length).toBe(2);

  await page.keyboard.press("Control+Home");
  await page.keyboard.press("]");
  await expect(readerAnnouncement(page)).toHaveText("Highlight 1 of 2: Quote, “Sergey Lavrov”. Press Enter to open it.");
  await page.keyboard.press("]");
  await expect(readerAnnouncement(page)).toHaveText(/^Highlight 2 of 2: Opinion, /);
  await page.keyboard.press("]");
  await expect(readerAnnouncement(page)).toHaveText("No more highlights after this point.");
  await page.keyboard.press("[");
  await expect(readerAnnouncement(page)).toHaveText("Highlight 1 of 2: Quote, “Sergey Lavrov”. Press Enter to open it.");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Highlight" });
  await expect(dialog).toBeFocused();
  await expect(dialog.getByRole("blockquote")).toHaveText("Sergey Lavrov");
  // Typed into a note, ? is a question mark, not the shortcuts.
  await tabTo(page, dialog.getByLabel(/Note/));
  await page.keyboard.type("Whose words?");
  await expect(dialog.getByLabel(/Note/)).toHaveValue("Whose words?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(article).toBeFocused();
});

test("the keyboard shortcuts are listed in a dialog opened by a visible button or by ?, which gives the focus back when it closes", async ({ page }) => {
  await openDemoAssignmentAfresh(page);
  const open = page.getByRole("button", { name: "Keyboard shortcuts" });
  await expect(open).toBeVisible();
  await open.focus();
  await page.keyboard.press("Enter");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toBeVisible();
  for (const said of ["Select text in the article.", "1 Quote, 2 Opinion, 3 Loaded language, 4 Factual claim", "Open the highlight at the caret", "next or the previous highlight", "Close the open highlight", "Show this list."]) {
    await expect(shortcuts).toContainText(said);
  }
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(shortcuts).toBeHidden();
  await expect(open).toBeFocused();

  // ? from the article; Close puts the focus back in it.
  const article = articleText(page);
  await tabTo(page, article);
  await page.keyboard.press("?");
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(shortcuts).toBeHidden();
  await expect(article).toBeFocused();
});
