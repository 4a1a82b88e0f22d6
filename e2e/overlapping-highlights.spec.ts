import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/accounts";
import { expectAllSaved, highlightTexts, openDemoAssignmentAfresh, selectWithMouse } from "./support/reader";

test.use({ storageState: STORAGE.student });

test("overlapping highlights are both drawn and both open from the text they share", async ({ page }) => {
  await openDemoAssignmentAfresh(page);

  const sentence = "Nikki Haley, Trump's overzealous and self-serving US Ambassador";
  await selectWithMouse(page, sentence);
  await page.keyboard.press("2"); // opinion
  await expectAllSaved(page);
  await selectWithMouse(page, "overzealous and self-serving");
  await page.keyboard.press("3"); // loaded language, inside the opinion
  await expectAllSaved(page);

  const texts = Object.values(await highlightTexts(page)).sort();
  expect(texts).toEqual(["overzealous and self-serving", sentence].sort());

  // The shared words sit inside both highlights, each with its own tag style.
  const inner = page.locator('[data-tag="loaded_language"]');
  await expect(inner).toHaveText("overzealous and self-serving");
  await expect(inner.locator('xpath=ancestor::*[@data-tag="opinion"]')).toHaveCount(1);
  const decorations = await inner.evaluate((el) => {
    const outer = el.closest('[data-tag="opinion"]')!;
    return [getComputedStyle(el).textDecorationStyle, getComputedStyle(outer).textDecorationStyle];
  });
  expect(decorations).toEqual(["wavy", "dashed"]);

  await inner.click();
  const dialog = page.getByRole("dialog", { name: "2 highlights here" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Loaded language", checked: true })).toHaveCount(1);
  await expect(dialog.getByRole("radio", { name: "Opinion", checked: true })).toHaveCount(1);
});
