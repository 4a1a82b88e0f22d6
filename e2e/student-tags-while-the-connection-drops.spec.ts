import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/accounts";
import { expectAllSaved, highlightTexts, openDemoAssignmentAfresh, selectWithMouse } from "./support/reader";

test.use({ storageState: STORAGE.student });

test("a highlight made while offline shows at once, says it waits on this device, and is saved when the connection returns", async ({ page, context }) => {
  await openDemoAssignmentAfresh(page);

  await context.setOffline(true);
  await selectWithMouse(page, "provocative statements");
  await page.keyboard.press("3");
  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["provocative statements"]);
  await expect(page.getByRole("status").filter({ hasText: "Offline" })).toHaveText("Offline: 1 change waiting on this device. They are sent when the connection is back.");
  await expect(page.getByRole("button", { name: "Retry now" })).toBeVisible();

  await context.setOffline(false); // the browser's "online" event sends the queue at once
  await expectAllSaved(page);
  await page.reload();
  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["provocative statements"]);
});
