import { expect, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { ASSIGNMENT_TITLE, STORAGE } from "./accounts";

/** The article viewer: a read-only multi-line textbox named after the article. */
export const articleText = (page: Page): Locator => page.getByRole("textbox", { name: /^Article:/ });

/** Opens the demo assignment from the list and waits until the editor has taken over. */
export async function openDemoAssignment(page: Page): Promise<string> {
  await page.goto("/assignments");
  await page.getByRole("link", { name: ASSIGNMENT_TITLE }).click();
  await expect(articleText(page)).toBeVisible();
  await expect(page.locator(".ProseMirror")).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Drags the mouse from the first to the last character of `phrase` (which must sit in one text node). */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((phrase) => {
    const root = document.querySelector(".ProseMirror")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(phrase);
      if (index < 0) continue;
      node.parentElement!.scrollIntoView({ block: "center" });
      const rectAt = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = rectAt(index);
      const last = rectAt(index + phrase.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not in one text node of the article`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The text each highlight covers, keyed by annotation id (a highlight may be drawn in several pieces). */
export function highlightTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const texts: Record<string, string> = {};
    for (const span of document.querySelectorAll<HTMLElement>(".ProseMirror [data-annotation-id]")) {
      const id = span.dataset.annotationId!;
      texts[id] = (texts[id] ?? "") + span.textContent;
    }
    return texts;
  });
}

/** The reader's save status line. */
export const saveStatus = (page: Page): Locator => page.getByRole("status").filter({ hasText: /save as you make|changes saved|Saving|Offline|Not saved|could not/ });

/** Waits until the reader says every change reached the server. */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText("All changes saved.");
}

/** Waits until nothing is waiting to be saved: after a page is read again its reader starts afresh ("untouched"), which says so too. */
export async function expectNothingWaiting(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/^(All changes saved\.|Highlights save as you make them\.)$/);
}

/** Opens assignment `assignmentId` by its address and waits until the editor has taken over. */
export async function openAssignment(page: Page, assignmentId: string): Promise<void> {
  await page.goto(`/assignments/${assignmentId}`);
  await expect(page.locator(".ProseMirror")).toBeVisible();
}

/** Opens highlight `id`, writes `note` and saves it, and closes the highlight again. */
export async function writeNote(page: Page, id: string, note: string): Promise<void> {
  await page.locator(`[data-annotation-id="${id}"]`).first().click();
  const dialog = page.getByRole("dialog", { name: "Highlight" });
  await dialog.getByLabel(/Note/).fill(note);
  await dialog.getByRole("button", { name: "Save note" }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
}

/** Removes the signed-in student's highlights so each journey starts from a clean page. */
export async function deleteMyAnnotations(request: APIRequestContext, assignmentId: string): Promise<void> {
  const response = await request.get(`/api/assignments/${assignmentId}/annotations`);
  expect(response.ok()).toBe(true);
  for (const annotation of (await response.json()) as { id: string }[]) {
    expect((await request.delete(`/api/annotations/${annotation.id}`)).status()).toBe(204);
  }
}

/** Opens the demo assignment with none of the signed-in student's highlights left from earlier journeys. */
export async function openDemoAssignmentAfresh(page: Page): Promise<string> {
  const assignmentId = await openDemoAssignment(page);
  await deleteMyAnnotations(page.request, assignmentId);
  await page.reload();
  await expect(page.locator(".ProseMirror")).toBeVisible();
  return assignmentId;
}

/**
 * The demo assignment's id, with whatever the student journeys left as the demo student
 * (student 1 tags and deletes there) removed again, so the class reads as it was seeded:
 * students 2-4's readings, and only student 3's handed in.
 */
export async function demoClassAsSeeded(browser: Browser): Promise<string> {
  const student = await browser.newContext({ storageState: STORAGE.student });
  try {
    const [assignment] = (await (await student.request.get("/api/assignments")).json()) as { id: string }[];
    await deleteMyAnnotations(student.request, assignment!.id);
    return assignment!.id;
  } finally {
    await student.close();
  }
}

/** The reader's live region: what it tells a screen reader after a key (tagged, deleted, which highlight `]` reached). */
export const readerAnnouncement = (page: Page): Locator => page.locator(".reader-layout > [aria-live=polite]");
