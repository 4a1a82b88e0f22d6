import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab (Shift+Tab with `backwards`) until `target` has the focus, as a keyboard user would reach it; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 60, { backwards = false } = {}): Promise<void> {
  const key = backwards ? "Shift+Tab" : "Tab";
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reached with at most ${limit} presses of ${key}`).toBeFocused();
}

/** Presses `key` `times` times, as a keyboard user moving the caret or a selection character by character does. */
export async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Fails when the focus has fallen back to the page itself, where a keyboard user loses their place. */
export async function expectFocusKept(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (document.activeElement && document.activeElement !== document.body ? document.activeElement.tagName : "BODY")), {
      message: "the focus is on an element of the page, not <body>",
    })
    .not.toBe("BODY");
}
