import { expect, test, type Locator } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { ASSIGNMENT_TITLE, STORAGE, STUDENT2 } from "./support/accounts";
import { chooseExport, downloadExport, openExportMenu } from "./support/export-menu";
import { articleText, openDemoAssignment, selectWithMouse } from "./support/reader";
import { signIn } from "./support/sign-in";

test("the sign-in page has no WCAG 2.2 A/AA violations, before and after an error", async ({ page }) => {
  await page.goto("/signin");
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter your email or username, and your password." })).toBeVisible();
  await expectNoViolations(page);
});

test("the assignment list and the reader with highlights, toolbar, popover and delete confirmation have no violations", async ({ page }) => {
  await signIn(page, STUDENT2.email);
  await expectNoViolations(page);

  await openDemoAssignment(page);
  await expect(page.locator("[data-annotation-id]").first()).toBeVisible();
  await expectNoViolations(page);

  await selectWithMouse(page, "Foreign Minister said");
  await expect(page.getByRole("toolbar")).toBeVisible();
  await expectNoViolations(page);

  await page.locator('[data-tag="loaded_language"]').first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoViolations(page);

  // Student 2's work is a draft: the delete confirmation opens (and is left unanswered).
  await page.getByRole("dialog").getByRole("button", { name: "Delete highlight" }).first().click();
  await expect(page.getByRole("alertdialog", { name: "Delete this highlight?" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("alertdialog").getByRole("button", { name: "Keep it" }).click();
});

test("the legend draws each tag exactly as the text does, an open highlight names its tag, and the tagging guide is a keyboard step from the article", async ({ page }) => {
  await signIn(page, STUDENT2.email);
  await openDemoAssignment(page);
  const look = (element: Locator) =>
    element.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.textDecorationLine, style.textDecorationStyle, style.textDecorationColor, style.textDecorationThickness];
    });
  const legend = page.getByRole("list", { name: "Tags" });
  for (const [tag, label] of [["quote", "Quote"], ["opinion", "Opinion"], ["loaded_language", "Loaded language"], ["factual_claim", "Factual claim"]]) {
    const swatch = legend.getByRole("listitem").filter({ hasText: label }).locator(".tag-swatch");
    const [legendLook, textLook] = [await look(swatch), await look(page.locator(`.ProseMirror [data-tag="${tag}"]`).first())];
    expect(legendLook, label).toEqual(textLook);
    expect(textLook[1], label).toBe("underline");
  }

  // Opened, a highlight is outlined in solid ink and shows its tag's name above it.
  const loaded = page.locator('.ProseMirror [data-tag="loaded_language"]').first();
  await loaded.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(loaded).toHaveClass(/is-active/);
  const opened = await loaded.evaluate((el) => {
    const label = getComputedStyle(el, "::after");
    return { outline: getComputedStyle(el).outlineStyle, label: label.content, shown: label.display !== "none" && label.visibility !== "hidden", name: el.getAttribute("data-tag-label") };
  });
  expect(opened).toMatchObject({ outline: "solid", shown: true, name: "Loaded language" });
  expect(opened.label).not.toBe("none");
  await page.keyboard.press("Escape");

  // From the article, Shift+Tab reaches "How to tag"; Tab back shows the article's solid focus outline.
  await articleText(page).focus();
  await page.keyboard.press("Shift+Tab");
  const guideLink = page.getByRole("link", { name: "How to tag (opens in a new tab)" });
  await expect(guideLink).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(articleText(page)).toBeFocused();
  expect(await articleText(page).evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth])).toEqual(["solid", "3px"]);
  await page.keyboard.press("Shift+Tab");
  await expect(guideLink).toBeFocused();
  // The guide opens in a tab of its own, so the reader (and a note half written) stays as it was.
  const [guide] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("Enter")]);
  await expect(guide.getByRole("heading", { level: 1, name: "How to tag" })).toBeVisible();
  for (const label of ["Quote", "Opinion", "Loaded language", "Factual claim"]) await expect(guide.getByRole("heading", { level: 2, name: label })).toBeVisible();
  await expect(guide.locator(".tag-look")).toHaveCount(8); // each heading's swatch and each example, drawn as in the text
  await expectNoViolations(guide);
  await expect(articleText(page)).toBeVisible();
});

test.describe("as the teacher", () => {
  test.use({ storageState: STORAGE.teacher });
  test("the teacher's progress and review pages have no violations", async ({ page }) => {
    await page.goto("/assignments");
    await page.getByRole("link", { name: ASSIGNMENT_TITLE }).click();
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Review" }).click();
    await expect(page.locator("[data-annotation-id]").first()).toBeVisible();
    await expectNoViolations(page);
  });

  test("the teacher's open Export menu, for the class, for one student on PDF and after a download, has no violations", async ({ page }) => {
    await page.goto("/assignments");
    await page.getByRole("link", { name: ASSIGNMENT_TITLE }).click();
    const form = await openExportMenu(page);
    await expectNoViolations(page);
    await chooseExport(form, { format: "pdf", scope: "One student" });
    await expect(form.getByRole("combobox", { name: "Student" })).toBeVisible();
    await expectNoViolations(page);
    await downloadExport(page, form, { format: "csv", scope: "The whole class" });
    await expectNoViolations(page);
  });

  test("the Compare tab with drafts included, with a passage shown and with one tag chosen, has no violations", async ({ page }) => {
    await page.goto("/assignments");
    await page.getByRole("link", { name: ASSIGNMENT_TITLE }).click();
    await page.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Compare" }).click();
    await page.getByRole("checkbox", { name: "Include drafts" }).check();
    await expect(page.getByRole("status").filter({ hasText: /^Based on / })).toContainText("drafts included");
    await expect(page.getByRole("region", { name: "Disagreements" }).getByRole("listitem").first()).toBeVisible();
    await expectNoViolations(page);
    // The panel beside the heatmap filled in, and the caret in the heatmap.
    await page.getByRole("region", { name: "Disagreements" }).getByRole("button", { name: /^Show .*in the text$/ }).first().click();
    await expect(page.getByRole("region", { name: "Who tagged it how" }).getByRole("listitem").first()).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("combobox", { name: "Tags shown" }).selectOption({ label: "Loaded language" });
    await expect(page.getByRole("heading", { name: "Heatmap: Loaded language" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("the discussion view, at its first and its last passage, has no violations", async ({ page }) => {
    const [assignment] = (await (await page.request.get("/api/assignments")).json()) as { id: string }[];
    await page.goto(`/assignments/${assignment!.id}/discuss?includeDrafts=true`);
    await expect(page.getByText(/^Passage 1 of \d+/)).toBeVisible();
    await expectNoViolations(page);
    await page.keyboard.press("End");
    await expect(page.getByRole("button", { name: "Next →" })).toHaveAttribute("aria-disabled", "true");
    await expectNoViolations(page);
  });
});
