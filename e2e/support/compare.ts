import { type Locator, type Page } from "@playwright/test";

/** The Compare view's "who tagged it how" panel beside the heatmap. */
export const stretchDetails = (page: Page): Locator => page.getByRole("region", { name: "Who tagged it how" });

/** The heatmap over the article: a read-only textbox named after the article. */
export const heatmap = (page: Page): Locator => page.getByRole("textbox", { name: /: class heatmap$/ });

/** The line saying how many readers the comparison rests on. */
export const basis = (page: Page): Locator => page.getByRole("status").filter({ hasText: /^Based on / });

/** A pattern matching `text` and nothing more. */
export const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** The item of the disagreement list whose passage is exactly `passage`. */
export function disagreement(page: Page, passage: string): Locator {
  return page
    .getByRole("region", { name: "Disagreements" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("blockquote").filter({ hasText: exactly(passage) }) });
}

/** A split as it reads in words, tag and count per row ("Opinion: 1 of 3"), from its terms and definitions. */
export async function splitInWords(within: Locator): Promise<string[]> {
  const terms = await within.getByRole("term").allInnerTexts();
  const counts = await within.getByRole("definition").allInnerTexts();
  return terms.map((term, i) => `${term.trim()}: ${counts[i]?.trim()}`);
}
