import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab until `target` has the focus, as a keyboard user would reach it; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target, `reached with at most ${limit} presses of Tab`).toBeFocused();
}

/** Fails when the focus has fallen back to the page itself, where a keyboard user loses their place. */
export async function expectFocusKept(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (document.activeElement && document.activeElement !== document.body ? document.activeElement.tagName : "BODY")), {
      message: "the focus is on an element of the page, not <body>",
    })
    .not.toBe("BODY");
}
