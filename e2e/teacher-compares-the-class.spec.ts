import { expect, test } from "@playwright/test";
import { ASSIGNMENT_TITLE, STORAGE, STUDENT2, STUDENT3, STUDENT4 } from "./support/accounts";
import { basis, disagreement, exactly, heatmap, splitInWords, stretchDetails } from "./support/compare";
import { demoClassAsSeeded } from "./support/reader";

const BEN = STUDENT2.name;
const CHLOE = STUDENT3.name;
const DMITRI = STUDENT4.name;

test.use({ storageState: STORAGE.teacher });

test("the teacher compares the demo class with drafts included: where the readers split, who tagged what, and what they agree on", async ({ page, browser }) => {
  // Only reads the demo class; student 1's leftovers from other journeys are cleared so it reads as seeded.
  await demoClassAsSeeded(browser);
  await page.goto("/assignments");
  await page.getByRole("link", { name: ASSIGNMENT_TITLE }).click();
  await page.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { name: "Compare readers", level: 2 })).toBeVisible();

  // Only Chloé has handed in: by default the comparison says so and counts her alone.
  await expect(basis(page)).toHaveText("Based on 1 reader, submitted work only (2 still working on a draft).");
  await expect(page.getByRole("region", { name: "Disagreements" })).toContainText("Disagreements appear once two or more readers count.");
  await page.getByRole("checkbox", { name: "Include drafts" }).check();
  await expect(basis(page)).toHaveText("Based on 3 readers, drafts included.");

  // The two seeded splits, each with its count in words beside its bar.
  const frank = disagreement(page, "frank views");
  await expect(frank).toBeVisible();
  expect(await splitInWords(frank)).toEqual(["Opinion: 1 of 3", "Loaded language: 1 of 3", "Not tagged: 1 of 3"]);
  const russia = disagreement(page, "Russia now increasingly controls");
  expect(await splitInWords(russia)).toEqual(["Opinion: 1 of 3", "Factual claim: 1 of 3", "Not tagged: 1 of 3"]);

  // What all three call loaded language is consensus, at every threshold up to 100%.
  const consensus = page.getByRole("region", { name: "Consensus" });
  const agreed = consensus.getByRole("listitem").filter({ has: page.getByText("overzealous and self-serving", { exact: true }) });
  await expect(agreed).toHaveText(/^Loaded language.*\(100% of readers\)/);
  await expect(consensus.getByRole("listitem").filter({ hasText: "far warmer" })).toHaveText(/Factual claim.*\(67% of readers\)/);
  const threshold = consensus.getByRole("slider", { name: /Tagged the same by at least/ });
  await threshold.focus();
  await page.keyboard.press("End");
  await expect(threshold).toHaveAttribute("aria-valuetext", "100% of readers");
  await expect(consensus.getByRole("listitem").filter({ hasText: "far warmer" })).toHaveCount(0);
  await expect(agreed).toBeVisible();

  // "Show in the text" puts the caret on the passage in the heatmap, and the panel names who tagged it how.
  await expect(stretchDetails(page)).toContainText("to see who tagged it how");
  await frank.getByRole("button", { name: /^Show .*in the text$/ }).click();
  await expect(heatmap(page)).toBeFocused();
  const details = stretchDetails(page);
  await expect(details).toContainText("frank views: tagged by 2 of 3");
  await expect(details.getByRole("listitem")).toHaveText([`Opinion: ${CHLOE}`, `Loaded language: ${BEN}`, `Not tagged: ${DMITRI}`]);
  await expect(page.locator(".heat.is-focused")).toHaveText("frank views");
  await expect(page.locator(".heat.is-focused")).toBeInViewport();

  // ] walks on to the next shaded stretch, [ back; the panel and the outlined stretch follow.
  await page.keyboard.press("]");
  await expect(page.locator(".heat.is-focused")).toHaveText("confusion and contradictions");
  await expect(page.locator(".heat.is-focused")).toBeInViewport();
  await expect(details).toContainText("confusion and contradictions: tagged by 2 of 3");
  await expect(details.getByRole("listitem")).toHaveText([`Opinion: ${BEN}`, `Loaded language: ${DMITRI}`, `Not tagged: ${CHLOE}`]);
  await page.keyboard.press("]");
  await expect(page.locator(".heat.is-focused")).toHaveText("emanating from the Trump administration");
  await expect(details.getByRole("listitem")).toHaveText([`Opinion: ${BEN}`, `Not tagged: ${CHLOE}, ${DMITRI}`]);
  await page.keyboard.press("[");
  await expect(page.locator(".heat.is-focused")).toHaveText("confusion and contradictions");
  await page.keyboard.press("[");
  await expect(page.locator(".heat.is-focused")).toHaveText("frank views");
  await expect(details).toContainText("frank views: tagged by 2 of 3");

  // One tag only: the heatmap, the disagreements and the panel speak of loaded language alone.
  await page.getByRole("combobox", { name: "Tags shown" }).selectOption({ label: "Loaded language" });
  await expect(page.getByRole("heading", { name: "Heatmap: Loaded language" })).toBeVisible();
  await expect(basis(page)).toHaveText("Based on 3 readers, drafts included.");
  await expect(russia).toHaveCount(0);
  await expect(frank).toBeVisible();
  await expect(page.locator(".heat").filter({ hasText: exactly("frank views") })).toHaveCount(1);
  await expect(page.locator(".heat").filter({ hasText: "We usually focus on the main character" })).toHaveCount(0);
  // The caret is still on "frank views": showing it again must fill the panel the new filter emptied.
  await frank.getByRole("button", { name: /^Show .*in the text$/ }).click();
  await expect(details).toContainText("frank views: tagged by 1 of 3");
  await expect(details.getByRole("listitem")).toHaveText([`Loaded language: ${BEN}`, `Not tagged as Loaded language: ${CHLOE}, ${DMITRI}`]);
});
