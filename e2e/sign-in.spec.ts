import { expect, test } from "@playwright/test";
import { PASSWORD, STUDENT1 } from "./support/accounts";
import { signIn } from "./support/sign-in";

test("a wrong password shows a clear error and does not sign in", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(STUDENT1.email);
  await page.getByLabel("Password").fill(`${PASSWORD}-wrong`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("That email or username and password do not match an account.");
  await page.goto("/assignments");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fassignments$/);
});

test("a student signs in, sees their assignments and signs out, after which a copy of the session cookie no longer works", async ({ page, browser }) => {
  await signIn(page, STUDENT1.email.toUpperCase());
  await expect(page.getByRole("heading", { name: "Assignments", level: 1 })).toBeVisible();
  await expect(page.getByText("Media Literacy 101")).toBeVisible();
  await expect(page.getByText(`${STUDENT1.name} (student)`)).toBeVisible();
  const copied = await page.context().storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto("/assignments");
  await expect(page).toHaveURL(/\/signin/);

  const elsewhere = await browser.newContext({ storageState: copied });
  const copy = await elsewhere.newPage();
  await copy.goto("/assignments");
  await expect(copy).toHaveURL(/\/signin/);
  await elsewhere.close();
});
