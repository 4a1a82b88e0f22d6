import { expect, test, type Locator, type Page } from "@playwright/test";
import { STORAGE } from "./support/accounts";
import { expectNoViolations } from "./support/axe";
import { boxOf, expectBesideWords, expectInViewport, highlightRects, phraseRects } from "./support/geometry";
import { expectAllSaved, highlightTexts, openDemoAssignmentAfresh, selectWithMouse } from "./support/reader";

test.use({ storageState: STORAGE.student });

/**
 * What the platform's long-press and handles leave behind: the phrase selected in the article.
 * Headless Chromium cannot long-press-select reliably, so the selection is set as the handles
 * would set it and the page hears `selectionchange` as it would; no mouse event is sent, as on a
 * tablet (ProseMirror follows the page's selection from `selectionchange`, not from mouseup).
 */
async function selectWithTouch(page: Page, phrase: string): Promise<void> {
  await page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.querySelector(".ProseMirror")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(phrase);
      if (index < 0) continue;
      node.parentElement!.scrollIntoView({ block: "center" });
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + phrase.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event("selectionchange"));
      return;
    }
    throw new Error(`"${phrase}" is not in one text node of the article`);
  }, phrase);
}

/** The one highlight on the page, once it is saved. */
async function savedHighlightId(page: Page): Promise<string> {
  await expectAllSaved(page);
  const ids = Object.keys(await highlightTexts(page));
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

/**
 * Scrolls highlight `id` to `fraction` of the window's height (0 top, 1 bottom), where a popover has
 * least room under it, opens it with a tap or a click, and returns the popover once it has the focus.
 */
async function openHighlightLowDown(page: Page, id: string, fraction: number, gesture: "tap" | "click"): Promise<Locator> {
  const span = page.locator(`.ProseMirror [data-annotation-id="${id}"]`).first();
  await span.evaluate((span, fraction) => {
    window.scrollBy({ top: span.getBoundingClientRect().top - window.innerHeight * fraction, behavior: "instant" });
  }, fraction);
  await (gesture === "tap" ? span.tap() : span.click());
  const popover = page.getByRole("dialog", { name: "Highlight" });
  await expect(popover).toBeFocused();
  return popover;
}

/**
 * The popover for highlight `id` is inside the window and clear of the words, its title and Close
 * in view; its last control, Delete, is reached by scrolling inside it, with the title still in view.
 */
async function expectPopoverBesideHighlight(page: Page, popover: Locator, id: string): Promise<void> {
  await expectBesideWords(page, popover, () => highlightRects(page, id));
  await expectInViewport(page, popover.getByRole("heading", { name: "Highlight" }));
  await expectInViewport(page, popover.getByRole("button", { name: "Close" }));
  await popover.getByRole("button", { name: "Delete highlight" }).scrollIntoViewIfNeeded();
  await expectInViewport(page, popover.getByRole("button", { name: "Delete highlight" }));
  await expectInViewport(page, popover.getByRole("heading", { name: "Highlight" }));
  await expectBesideWords(page, popover, () => highlightRects(page, id));
}

for (const { device, viewport, phrase } of [
  { device: "a 768×1024 tablet", viewport: { width: 768, height: 1024 }, phrase: "fun sense of humour" },
  { device: "a 390×844 phone", viewport: { width: 390, height: 844 }, phrase: "scheduled for early July" },
]) {
  test.describe(`on ${device}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

    test("a student selects a phrase by touch, taps a tag under it, and taps the highlight to open it beside the words", async ({ page }) => {
      await openDemoAssignmentAfresh(page);

      await selectWithTouch(page, phrase);
      const toolbar = page.getByRole("toolbar", { name: "Tag the selected text" });
      await expect(toolbar).toBeVisible();
      // Under the words (above them only without room), wrapped inside the window: every tag is in reach.
      await expectBesideWords(page, toolbar, () => phraseRects(page, phrase));
      for (const tag of ["Quote", "Opinion", "Loaded language", "Factual claim"]) await expectInViewport(page, toolbar.getByRole("button", { name: new RegExp(tag) }));
      expect((await boxOf(toolbar)).y).toBeGreaterThan(Math.max(...(await phraseRects(page, phrase)).map((r) => r.y)));

      await toolbar.getByRole("button", { name: /Factual claim/ }).tap();
      await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual([phrase]);
      await expect(toolbar).toBeHidden();
      const id = await savedHighlightId(page);

      await page.locator(`.ProseMirror [data-annotation-id="${id}"]`).first().tap();
      const popover = page.getByRole("dialog", { name: "Highlight" });
      await expect(popover).toBeVisible();
      await expect(popover).toBeFocused();
      await expect(popover.getByRole("radio", { name: "Factual claim" })).toBeChecked();
      await expectPopoverBesideHighlight(page, popover, id);
      await expectNoViolations(page);

      await popover.getByRole("button", { name: "Close" }).tap();
      await expect(popover).toBeHidden();
    });
  });
}

const LONG_QUOTE =
  "We usually focus on the main character in the drama - US President Donald Trump, who highly appreciated Tillerson's visit to Moscow as well as his own telephone conversation with President Putin, in which he expressed his intention to continue developing efforts to promote common interests in our relations";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test("a highlight low on the screen opens as a bottom sheet, with the words scrolled above it", async ({ page }) => {
    await openDemoAssignmentAfresh(page);
    await selectWithTouch(page, "increasingly irritating script");
    await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: /Loaded language/ }).tap();
    const id = await savedHighlightId(page);

    const popover = await openHighlightLowDown(page, id, 0.85, "tap");
    // Docked: full width, touching the bottom edge.
    const sheet = await boxOf(popover);
    expect({ left: sheet.x, right: sheet.x + sheet.width, bottom: Math.round(sheet.y + sheet.height) }).toEqual({ left: 0, right: 390, bottom: 844 });
    await expectBesideWords(page, popover, () => highlightRects(page, id));
    await expectNoViolations(page);
  });

  test("a long highlight opened as a bottom sheet is lifted no higher than the bottom of the sticky tag legend", async ({ page }) => {
    await openDemoAssignmentAfresh(page);
    // Lavrov's quote: eight lines on a phone, taller than the room left above the sheet.
    await selectWithTouch(page, LONG_QUOTE);
    await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: /Quote/ }).tap();
    const id = await savedHighlightId(page);

    await openHighlightLowDown(page, id, 0.9, "tap");
    // The legend stays stuck at the top of the window: the words' first line must not slide under it.
    const legend = await boxOf(page.locator(".reader-bar"));
    const [firstLine] = await highlightRects(page, id);
    expect(firstLine!.y).toBeGreaterThanOrEqual(legend.y + legend.height);
  });
});

for (const { size, viewport, deviceScaleFactor } of [
  { size: "a 1366×768 laptop", viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  // 200% zoom on that laptop: half the CSS pixels each way at twice the density.
  { size: "a 1366×768 laptop at 200% zoom", viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
]) {
  test.describe(`on ${size}`, () => {
    test.use({ viewport, deviceScaleFactor });

    test("a highlight near the bottom of the window opens with its title, Close and Delete inside the window, clear of the words", async ({ page }) => {
      await openDemoAssignmentAfresh(page);
      await selectWithMouse(page, "overzealous and self-serving");
      const toolbar = page.getByRole("toolbar", { name: "Tag the selected text" });
      await expectBesideWords(page, toolbar, () => phraseRects(page, "overzealous and self-serving"));
      await page.keyboard.press("4");
      const id = await savedHighlightId(page);

      const popover = await openHighlightLowDown(page, id, 0.8, "click");
      await expectPopoverBesideHighlight(page, popover, id);
      await expectNoViolations(page);
    });
  });
}

test.describe("on a 320-px phone", () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test("a student deletes a highlight by touch and taps Undo in a toast that fits the screen, with fingertip-sized buttons", async ({ page }) => {
    await openDemoAssignmentAfresh(page);
    await selectWithTouch(page, "fun sense of humour");
    await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: /Opinion/ }).tap();
    const id = await savedHighlightId(page);

    const popover = await openHighlightLowDown(page, id, 0.5, "tap");
    await popover.getByRole("button", { name: "Delete highlight" }).tap();
    await popover.getByRole("button", { name: "Yes, delete it" }).tap();
    await expectAllSaved(page);
    expect(await highlightTexts(page)).toEqual({});

    const toast = page.getByRole("group", { name: "Highlight deleted." });
    await expectInViewport(page, toast);
    for (const name of ["Undo", "Close"]) {
      const button = await boxOf(toast.getByRole("button", { name }));
      // WCAG 2.5.8: at least 24 × 24 CSS px; 2.5.5's 44 px is what a thumb wants.
      expect(Math.min(button.width, button.height), name).toBeGreaterThanOrEqual(24);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await toast.getByRole("button", { name: "Undo" }).tap();
    await expect(toast).toBeHidden();
    await expectAllSaved(page);
    expect(Object.keys(await highlightTexts(page))).toEqual([id]);
  });
});
