import { expect, type Page } from "@playwright/test";
import { PASSWORD } from "./accounts";

export async function signIn(page: Page, identifier: string, password = PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/assignments$/);
}
