import { test as setup } from "@playwright/test";
import { STORAGE, STUDENT1, TEACHER } from "./support/accounts";
import { signIn } from "./support/sign-in";

setup("sign in as the demo student", async ({ page }) => {
  await signIn(page, STUDENT1.email);
  await page.context().storageState({ path: STORAGE.student });
});

setup("sign in as the demo teacher", async ({ page }) => {
  await signIn(page, TEACHER.email);
  await page.context().storageState({ path: STORAGE.teacher });
});
