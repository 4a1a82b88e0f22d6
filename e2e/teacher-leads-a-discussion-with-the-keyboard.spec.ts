import { expect, test, type Page } from "@playwright/test";
import { ASSIGNMENT_TITLE, STORAGE, STUDENT1, STUDENT2, STUDENT3, STUDENT4 } from "./support/accounts";
import { splitInWords } from "./support/compare";
import { expectFocusKept, tabTo } from "./support/keyboard";
import { demoClassAsSeeded } from "./support/reader";

test.use({ storageState: STORAGE.teacher });

/** The seeded class, drafts included, splits on 30 passages, the most divided first (see prisma/seed/demo-annotations.ts). */
const PASSAGES = 30;

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await expectFocusKept(page);
}

test("the teacher opens the discussion view from the Compare tab and walks the disagreements with the keyboard alone, with no student named", async ({ page, browser }) => {
  const assignmentId = await demoClassAsSeeded(browser);
  await page.goto(`/assignments/${assignmentId}?view=compare`);
  await expect(page.getByRole("heading", { name: "Compare readers" })).toBeVisible();

  // Drafts in, then on to the discussion view, by Tab, Space and Enter.
  const drafts = page.getByRole("checkbox", { name: "Include drafts" });
  await tabTo(page, drafts);
  await press(page, "Space");
  await expect(page.getByRole("status").filter({ hasText: /^Based on / })).toHaveText("Based on 3 readers, drafts included.");
  const open = page.getByRole("link", { name: "Open the discussion view" });
  await tabTo(page, open);
  await press(page, "Enter");
  await expect(page).toHaveURL(new RegExp(`/assignments/${assignmentId}/discuss\\?includeDrafts=true$`));
  await expect(page.getByRole("heading", { name: `Discussion: ${ASSIGNMENT_TITLE}`, level: 1 })).toBeVisible();
  await expectFocusKept(page);

  const slides = page.getByRole("region", { name: "Disagreements to discuss" });
  const position = slides.getByText(/^Passage \d+ of \d+/);
  const passage = slides.locator("mark");
  const split = () => splitInWords(slides);

  await expect(position).toHaveText(`Passage 1 of ${PASSAGES} · 3 readers`);
  await expect(passage).toHaveText("Russia now increasingly controls");
  expect(await split()).toEqual(["Opinion: 1 of 3", "Factual claim: 1 of 3", "Not tagged: 1 of 3"]);
  // A screen reader hears the passage and the split, not only its number.
  await expect(slides.getByRole("status")).toHaveText(`Now showing passage 1 of ${PASSAGES}: “Russia now increasingly controls”. Opinion: 1 of 3. Factual claim: 1 of 3. Not tagged: 1 of 3.`);
  // The passage is read in its sentence.
  await expect(slides.getByRole("blockquote")).toContainText("Russia now increasingly controls");
  await expect(slides.getByRole("blockquote")).not.toHaveText("Russia now increasingly controls");

  await press(page, "ArrowRight");
  await expect(position).toHaveText(`Passage 2 of ${PASSAGES} · 3 readers`);
  await expect(passage).toHaveText("confusion and contradictions");
  expect(await split()).toEqual(["Opinion: 1 of 3", "Loaded language: 1 of 3", "Not tagged: 1 of 3"]);

  await press(page, "ArrowRight");
  await expect(position).toHaveText(`Passage 3 of ${PASSAGES} · 3 readers`);
  await expect(passage).toHaveText("frank views");
  expect(await split()).toEqual(["Opinion: 1 of 3", "Loaded language: 1 of 3", "Not tagged: 1 of 3"]);

  await press(page, "ArrowLeft");
  await expect(position).toHaveText(`Passage 2 of ${PASSAGES} · 3 readers`);
  await expect(passage).toHaveText("confusion and contradictions");

  await press(page, "End");
  await expect(position).toHaveText(`Passage ${PASSAGES} of ${PASSAGES} · 3 readers`);
  await expect(passage).toHaveText("go rogue");
  expect(await split()).toEqual(["Loaded language: 1 of 3", "Not tagged: 2 of 3"]);
  // Past the last passage there is nowhere further to go.
  await press(page, "ArrowRight");
  await expect(position).toHaveText(`Passage ${PASSAGES} of ${PASSAGES} · 3 readers`);

  await press(page, "Home");
  await expect(position).toHaveText(`Passage 1 of ${PASSAGES} · 3 readers`);
  await expect(passage).toHaveText("Russia now increasingly controls");
  await press(page, "n");
  await expect(position).toHaveText(`Passage 2 of ${PASSAGES} · 3 readers`);
  await press(page, "p");
  await expect(position).toHaveText(`Passage 1 of ${PASSAGES} · 3 readers`);

  // The buttons work from the keyboard too, and keep the focus when they reach an end.
  const previous = slides.getByRole("button", { name: "← Previous" });
  await tabTo(page, previous);
  await expect(previous).toHaveAttribute("aria-disabled", "true");
  await press(page, "Space");
  await expect(position).toHaveText(`Passage 1 of ${PASSAGES} · 3 readers`);
  const next = slides.getByRole("button", { name: "Next →" });
  await press(page, "Tab");
  await expect(next).toBeFocused();
  await press(page, "Enter");
  await expect(position).toHaveText(`Passage 2 of ${PASSAGES} · 3 readers`);
  await press(page, "Space");
  await expect(position).toHaveText(`Passage 3 of ${PASSAGES} · 3 readers`);

  // For the projector: how the class split, never who.
  for (const student of [STUDENT1, STUDENT2, STUDENT3, STUDENT4]) {
    for (const name of student.name.split(" ")) await expect(page.locator("body")).not.toContainText(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "u"));
  }
});
