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

test("after ten wrong passwords the form says when to try again and keeps the identifier typed", async ({ page }) => {
  // An address with no account is limited as a real one is, and locks no demo account.
  const identifier = `nobody.${Date.now().toString(36)}@example.org`;
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(identifier);
  const attempt = async (password: string) => {
    await page.getByLabel("Password").fill(password);
    const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/signin");
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    // React clears the form once the answer is shown; typing before then would be wiped.
    await expect(page.getByLabel("Password")).toHaveValue("");
  };
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  for (let wrong = 1; wrong <= 10; wrong++) await attempt(`not-the-password-${wrong}`);
  await expect(alert).toHaveText("That email or username and password do not match an account.");
  await attempt("not-the-password-11");
  await expect(alert).toHaveText("Too many attempts. Try again in 15 minutes.");
  await expect(page.getByLabel("Email or username")).toHaveValue(identifier);
  await expect(page).toHaveURL(/\/signin$/);
});
