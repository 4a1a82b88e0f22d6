import { expect, test } from "@playwright/test";
import { routesChecked } from "./support/axe";
import { pagesShown } from "./support/page-routes";

/** Pages that show nothing of their own: they only send the visitor on (which the test checks). */
const ONLY_SEND_ON = ["/"];

// Runs after every other end-to-end test (its project depends on theirs): each axe check noted the page route it ran on.
test("every page under app/, and the not-found page, had an axe check in both colour schemes in this run", async ({ request }) => {
  for (const route of ONLY_SEND_ON) expect((await request.get(route, { maxRedirects: 0 })).status(), `${route} only sends the visitor on`).toBe(307);
  const checked = routesChecked();
  expect(pagesShown().filter((route) => !ONLY_SEND_ON.includes(route) && !checked.includes(route)), "pages with no axe check").toEqual([]);
});
