import { expect, test, type Request } from "@playwright/test";
import { ASSIGNMENT_TITLE, PASSWORD, TEACHER } from "./support/accounts";

// A fresh browser: no cookies, so the server has never been told this teacher's zone.
test.use({ timezoneId: "America/New_York", locale: "en-US", storageState: { cookies: [], origins: [] } });

const NEW_YORK_TIME = /\d:\d\d [AP]M E[SD]T$/;

test("a teacher in New York signs in on a fresh browser, before the page's scripts have even arrived, and the first page is already on New York's clock, not rendered again", async ({ page }) => {
  // A slow school network: the sign-in form is sent as plain HTML before any bundle has loaded,
  // so only what runs as the page is parsed can have told the server the zone.
  let releaseScripts!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/_next/static/**", async (route) => {
    if (route.request().resourceType() === "script") await scriptsHeld;
    await route.continue();
  });
  // Not waiting for the page to finish loading: its scripts never do, until released.
  await page.goto("/signin", { waitUntil: "commit" });
  await page.getByLabel("Email or username").fill(TEACHER.email);
  await page.getByLabel("Password").fill(PASSWORD);
  const landing = page.waitForResponse((response) => new URL(response.url()).pathname === "/assignments" && response.request().resourceType() === "document");
  await page.getByRole("button", { name: "Sign in" }).click();
  const html = await (await landing).text();
  const times = [...html.matchAll(/<time datetime="[^"]+">([^<]*)<\/time>/gi)].map((match) => match[1]);
  expect(times.length, "the first page, as the server rendered it, shows times").toBeGreaterThan(0);
  for (const time of times) expect(time, "a time on the first page, as the server rendered it").toMatch(NEW_YORK_TIME);

  // Once the scripts run, the page stays as it was: no second render to correct the clock.
  const rendersAgain: string[] = [];
  const isRenderAgain = (request: Request) => request.headers()["rsc"] === "1" && request.headers()["next-router-prefetch"] === undefined && new URL(request.url()).pathname === "/assignments";
  page.on("request", (request) => {
    if (isRenderAgain(request)) rendersAgain.push(request.url());
  });
  releaseScripts();
  await page.waitForLoadState("networkidle");
  const due = page.getByRole("listitem").filter({ hasText: ASSIGNMENT_TITLE }).locator("time").first();
  await expect(due).toHaveText(NEW_YORK_TIME);
  expect(rendersAgain).toEqual([]);
});
