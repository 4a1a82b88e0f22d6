import { expect, test } from "@playwright/test";
import { TEACHER } from "./support/accounts";

test("a teacher whose email is taken is told so and keeps their name and email in the form", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Dana Again");
  await page.getByLabel("Email").fill(TEACHER.email);
  await page.getByLabel("Password (at least 10 characters)").fill("long enough password");
  await page.getByRole("button", { name: "Create teacher account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("An account with this email address already exists. Sign in instead.");
  await expect(page.getByLabel("Your name")).toHaveValue("Dana Again");
  await expect(page.getByLabel("Email")).toHaveValue(TEACHER.email);
  await expect(page).toHaveURL(/\/signup$/);
});
