import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { ASSIGNMENT_TITLE, STORAGE, STUDENT2 } from "./support/accounts";
import { openDemoAssignment, selectWithMouse } from "./support/reader";
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
});
