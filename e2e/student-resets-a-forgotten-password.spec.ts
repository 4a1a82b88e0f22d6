import { fileURLToPath } from "node:url";
import { expect } from "@playwright/test";
import { startAppServer, type AppServer } from "@/scripts/lib/app-server";
import { freePort } from "@/scripts/lib/free-port";
import { testEnv } from "@/tests/integration/support/test-env";
import { PASSWORD } from "./support/accounts";
import { setUpExercise, test } from "./support/classroom";

// A second instance of the app on the same database, sending its emails to its log (the
// console transport), so the journey can follow the link in the email as a student would.
const root = fileURLToPath(new URL("../", import.meta.url));
let app: AppServer;

test.beforeAll(async () => {
  const port = await freePort();
  app = await startAppServer({
    root,
    port,
    env: {
      DATABASE_URL: testEnv("DATABASE_URL"),
      AUTH_SECRET: testEnv("AUTH_SECRET"),
      SLANT_MAIL_TRANSPORT: "console",
      SLANT_ORIGIN: `http://localhost:${port}`,
    },
    output: "capture",
  });
});

test.afterAll(async () => {
  await app?.stop();
});

async function linkEmailedTo(email: string): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    const sent = app.log().split("[mail] to ").find((block) => block.startsWith(`${email}:`));
    link = sent && /(http\S+\/signin\/reset\?token=\S+)/.exec(sent)?.[1];
    expect(link, `an email to ${email}`).toBeDefined();
  }).toPass({ timeout: 10_000 });
  return link!;
}

test("a student who forgot their password gets a link by email, chooses a new one and signs in with it; the link works once", async ({ classroom, browser }) => {
  const { klass } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Owen Price", { withEmail: true });
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?", level: 1 })).toBeVisible();
  await page.getByLabel("Your account's email address").fill(student.identifier);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account has this email address" })).toContainText("The link works for 1 hour.");

  const link = await linkEmailedTo(student.identifier);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password", level: 1 })).toBeVisible();
  // A weak one is refused with the reason, in plain words.
  await page.getByLabel("New password (at least 10 characters)").fill("password123");
  await page.getByLabel("New password again").fill("password123");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This password is one of the most common ones, so it is easy to guess. Choose another.");
  const chosen = `${PASSWORD}-new`;
  await page.getByLabel("New password (at least 10 characters)").fill(chosen);
  await page.getByLabel("New password again").fill(chosen);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed." })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email or username").fill(student.identifier);
  await page.getByLabel("Password").fill(chosen);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/assignments$/);

  // The same link a second time is refused.
  const again = await context.newPage();
  await again.goto(link);
  await again.getByLabel("New password (at least 10 characters)").fill(`${chosen}-again`);
  await again.getByLabel("New password again").fill(`${chosen}-again`);
  await again.getByRole("button", { name: "Set new password" }).click();
  await expect(again.getByRole("main").getByRole("alert")).toHaveText("This link to reset your password has expired or was already used. Ask for a new one on the sign-in page.");
  await context.close();
});
