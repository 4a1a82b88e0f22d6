import { expect, type Page } from "@playwright/test";

/** The narrowest width WCAG 1.4.10 (Reflow) asks a page to work at without scrolling in two directions. */
export const REFLOW_VIEWPORT = { width: 320, height: 640 };

/**
 * Fails (softly: the test goes on to the next page) when the page as it is now scrolls sideways: the document is wider than the window.
 * The message names the elements that reach past the right edge, so a failure says what to fix.
 */
export async function expectNoSideScroll(page: Page, what: string): Promise<void> {
  const found = await page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (element: Element) => {
      const classes = typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
      return `${element.tagName.toLowerCase()}${classes} (to ${Math.round(element.getBoundingClientRect().right)} px)`;
    };
    // What scrolls inside its own box (a table in a scroll region) does not widen the page.
    const clipped = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) if (getComputedStyle(box).overflowX !== "visible") return true;
      return false;
    };
    // The outermost elements past the edge: their descendants add nothing to the message.
    const past = [...document.body.querySelectorAll("*")].filter((element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element));
    const outermost = past.filter((element) => !past.some((other) => other !== element && other.contains(element) && other !== document.body));
    return { scrollWidth: document.documentElement.scrollWidth, width, past: outermost.slice(0, 5).map(describe) };
  });
  // Soft: one run lists every page that overflows, not only the first.
  expect.soft(found.scrollWidth, `${what} scrolls sideways at ${found.width} px; past the edge: ${found.past.join(", ") || "nothing measurable"}`).toBeLessThanOrEqual(found.width);
}
