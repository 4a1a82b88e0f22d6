import { expect } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { addArticle, setUpExercise, test } from "./support/classroom";

// Each check runs in the light and the dark colour scheme (see support/axe.ts).

test("the password pages, with their answers, and the not-found page have no WCAG 2.2 A/AA violations", async ({ page }) => {
  await page.goto("/signin/forgot");
  await expect(page.getByRole("heading", { name: "Forgot your password?", level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel("Your account's email address").fill("nobody-in-particular@example.org");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account has this email address" })).toBeVisible();
  await expectNoViolations(page);

  // A link that is not (or no longer) good: the new password is refused with the reason.
  await page.goto(`/signin/reset?token=${"old-link".padEnd(43, "x")}`);
  await expect(page.getByRole("heading", { name: "Choose a new password", level: 1 })).toBeVisible();
  await page.getByLabel("New password (at least 10 characters)").fill("a long and unusual password");
  await page.getByLabel("New password again").fill("a long and unusual password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("has expired or was already used");
  await expectNoViolations(page);

  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});

test("a teacher's password page with an error, an article with its edit saved as a new version, and the answer key tab have no violations", async ({ classroom }) => {
  test.setTimeout(60_000);
  const { teacher, assignment } = await setUpExercise(classroom);
  const page = await classroom.pageAs(teacher);

  await page.goto("/account/password");
  await expect(page.getByRole("heading", { name: "Change your password", level: 1 })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password (at least 10 characters)").fill("a long and unusual password");
  await page.getByLabel("New password again").fill("a long and unusual password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expectNoViolations(page);

  const article = await addArticle(teacher, { title: "Library hours to be cut", text: "The library will close at six.\n\nCouncillors called it a shameful betrayal." });
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("heading", { name: "Versions" })).toBeVisible();
  await expectNoViolations(page);
  const text = page.getByLabel("Text (version 1)");
  await text.fill(`${await text.inputValue()}\n\nThe vote is on Monday.`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  await expectNoViolations(page);

  await page.goto(`/assignments/${assignment.id}?view=key`);
  await expect(page.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Answer key" })).toHaveAttribute("aria-current", "page");
  await expectNoViolations(page);
});
