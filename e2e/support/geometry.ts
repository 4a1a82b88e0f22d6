import { expect, type Locator, type Page } from "@playwright/test";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rounding slack: layout boxes land on fractions of a CSS pixel. */
const SLACK = 0.5;

/** Where `locator` is on screen now (viewport coordinates). */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box: it is not rendered`);
  return box;
}

/** Whether `box` lies wholly inside the page's viewport. */
export function insideViewport(page: Page, box: Box): boolean {
  const viewport = page.viewportSize()!;
  return box.x >= -SLACK && box.y >= -SLACK && box.x + box.width <= viewport.width + SLACK && box.y + box.height <= viewport.height + SLACK;
}

/** Whether two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - SLACK && b.x < a.x + a.width - SLACK && a.y < b.y + b.height - SLACK && b.y < a.y + a.height - SLACK;
}

/** The line boxes of a phrase in the article (the first occurrence in one text node), as the page draws them now. */
export function phraseRects(page: Page, phrase: string): Promise<Box[]> {
  return page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.querySelector(".ProseMirror")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(phrase);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + phrase.length);
      return [...range.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height }));
    }
    throw new Error(`"${phrase}" is not in one text node of the article`);
  }, phrase);
}

/** The line boxes of highlight `id` (all its spans). */
export function highlightRects(page: Page, id: string): Promise<Box[]> {
  return page.locator(`.ProseMirror [data-annotation-id="${id}"]`).evaluateAll((spans) =>
    spans.flatMap((span) => [...span.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height }))),
  );
}

/**
 * Waits until `floating` sits wholly inside the viewport, clear of every one of `words`' boxes
 * (read afresh each time: the page may scroll to make room), and the page does not scroll sideways.
 */
export async function expectBesideWords(page: Page, floating: Locator, words: () => Promise<Box[]>): Promise<void> {
  await expect
    .poll(async () => {
      const box = await boxOf(floating);
      const covered = (await words()).filter((word) => overlaps(box, word));
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      return { inside: insideViewport(page, box), covered, sideways };
    })
    .toEqual({ inside: true, covered: [], sideways: false });
}

/** Waits until `locator` (a control in a popover) is wholly inside the viewport. */
export async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  await expect.poll(async () => insideViewport(page, await boxOf(locator))).toBe(true);
}
