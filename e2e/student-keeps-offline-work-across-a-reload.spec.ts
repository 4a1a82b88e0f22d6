import { expect, type Page } from "@playwright/test";
import { setUpExercise, test } from "./support/classroom";
import { expectAllSaved, highlightTexts, openAssignment, saveStatus, selectWithMouse, writeNote } from "./support/reader";
import { startAppBehindACable, type NetworkCable } from "./support/network-cable";
import { savedAnnotations } from "./support/save-queue";

const MADE = [
  { phrase: "The town pool will reopen on 1 June", key: "4", tag: "factual_claim" },
  { phrase: "a triumph for every family in town", key: "1", tag: "quote" },
  { phrase: "thanked the builders", key: "2", tag: "opinion" },
  { phrase: "twice the first estimate", key: "4", tag: "factual_claim" },
  { phrase: "a reckless waste of public money", key: "3", tag: "loaded_language" },
] as const;
const EDITED = "a triumph for every family in town";
const NOTE = "The mayor's own words, in quotation marks.";
const DELETED = "thanked the builders";
const KEPT = MADE.filter((m) => m.phrase !== DELETED).map((m) => m.phrase);

/** The highlights the reader lists, each with its save mark. */
const listed = (page: Page) => page.getByRole("region", { name: /^Your highlights/ }).getByRole("listitem");

// The browser reaches its own instance of the app through a relay the test unplugs (see network-cable.ts);
// the test reads what the server holds through the shared instance, which stays up.
let cable: NetworkCable;
test.beforeAll(async () => {
  cable = await startAppBehindACable();
});
test.afterAll(async () => {
  await cable?.stop();
});

async function expectShownUnsaved(page: Page, waiting: string): Promise<void> {
  await expect.poll(async () => Object.values(await highlightTexts(page)).sort()).toEqual([...KEPT].sort());
  await expect(listed(page)).toHaveCount(KEPT.length);
  for (const item of await listed(page).all()) await expect(item).toContainText("Not saved yet");
  await expect(listed(page).filter({ hasText: EDITED })).toContainText(NOTE);
  await expect(saveStatus(page)).toHaveText(waiting);
}

test("a student works offline, reloads and reopens the assignment with no connection, and finds the work still shown; back online, the server has exactly what they left", async ({ classroom, browser }) => {
  const { klass, assignment } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Noor Haddad");
  const context = await cable.contextAs(browser, student);
  let page = await context.newPage();
  await openAssignment(page, assignment.id);
  // The offline copy of the reader is kept once the page has handed it to the service worker.
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.href)))).toBe(true);

  // The browser says it is offline (navigator.onLine, the reader's "Offline" message), and the cable is out.
  await context.setOffline(true);
  cable.unplug();
  for (const { phrase, key } of MADE) {
    await selectWithMouse(page, phrase);
    await page.keyboard.press(key);
  }
  await expect.poll(async () => Object.keys(await highlightTexts(page)).length).toBe(MADE.length);
  const idOf = Object.fromEntries(Object.entries(await highlightTexts(page)).map(([id, text]) => [text, id]));
  await writeNote(page, idOf[EDITED]!, NOTE);
  await page.locator(`[data-annotation-id="${idOf[DELETED]}"]`).first().click();
  await page.getByRole("dialog", { name: "Highlight" }).getByRole("button", { name: "Delete highlight" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  // How many changes wait depends on whether an edit met a create already on its way (then it goes on its
  // own): the queue folds them when it can. Whatever the number, every later page must say the same.
  await expect(saveStatus(page)).toHaveText(/^Offline: \d+ changes waiting on this device\. They are sent when the connection is back\.$/);
  const waiting = (await saveStatus(page).textContent())!;
  await expectShownUnsaved(page, waiting);

  // Reload while still offline: leaving warns, and the page (from the offline copy) still shows the work.
  const warnings: string[] = [];
  page.on("dialog", (dialog) => {
    warnings.push(dialog.type());
    void dialog.accept();
  });
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), "the reloaded page came from the offline copy").toBe(true);
  expect(warnings).toEqual(["beforeunload"]);
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await expectShownUnsaved(page, waiting);

  // Close the page and open a new one in the same browser: still there.
  await page.close();
  page = await context.newPage();
  await openAssignment(page, assignment.id);
  await expectShownUnsaved(page, waiting);
  expect(await savedAnnotations(student.api, assignment.id)).toEqual([]);

  // Back online: the waiting changes go, and the server holds exactly the four highlights left, once each.
  cable.plugIn();
  await context.setOffline(false);
  await expectAllSaved(page);
  await expect(listed(page).filter({ hasText: "Not saved yet" })).toHaveCount(0);
  expect((await savedAnnotations(student.api, assignment.id)).map(({ id, exact, tag, note }) => ({ id, exact, tag, note }))).toEqual(
    MADE.filter((m) => m.phrase !== DELETED).map(({ phrase, tag }) => ({ id: idOf[phrase], exact: phrase, tag, note: phrase === EDITED ? NOTE : null })),
  );
  await context.close();
});
