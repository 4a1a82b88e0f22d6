import { expect } from "@playwright/test";
import { setUpExercise, test, type Account, type Assignment } from "./support/classroom";
import { pressTimes, tabTo } from "./support/keyboard";
import { articleText, expectAllSaved, highlightTexts, readerAnnouncement } from "./support/reader";

const FIRST = "The town pool will reopen on 1 June";
const LAST = "a reckless waste of public money";
const NOTE = "Reckless is the critics' judgement, not a fact.";

test("a student signs in, tags two passages, writes a note, deletes and undoes, and submits, with the keyboard alone", async ({ classroom }) => {
  const { klass, assignment, teacher } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Kit Moreno");
  const page = await classroom.anonymousPage();

  // Sign in.
  await page.goto("/signin");
  await tabTo(page, page.getByLabel("Email or username"));
  await page.keyboard.type(student.identifier);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(student.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/assignments$/);

  // Open the assignment and reach the article.
  await tabTo(page, page.getByRole("link", { name: assignment.title }));
  await page.keyboard.press("Enter");
  await expect(page.locator(".ProseMirror")).toBeVisible();
  const article = articleText(page);
  await tabTo(page, article);

  // The first passage, tagged from the toolbar: one Tab reaches it, the arrow keys move along it.
  await page.keyboard.press("Control+Home");
  await pressTimes(page, "Shift+ArrowRight", FIRST.length);
  const toolbar = page.getByRole("toolbar", { name: "Tag the selected text" });
  await expect(toolbar).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(toolbar.getByRole("button", { name: /^Quote/ })).toBeFocused();
  await pressTimes(page, "ArrowRight", 3);
  await expect(toolbar.getByRole("button", { name: /^Factual claim/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(toolbar).toBeHidden();
  await expect(article).toBeFocused();

  // The last passage, selected backwards from the end and tagged with its number key.
  await page.keyboard.press("Control+End");
  await page.keyboard.press("ArrowLeft");
  await pressTimes(page, "Shift+ArrowLeft", LAST.length);
  await page.keyboard.press("5");
  await expect(article).toBeFocused();
  await expect.poll(async () => Object.values(await highlightTexts(page)).sort()).toEqual([LAST, FIRST].sort());

  // [ goes back to it, Enter opens it, and the note it needs is written and saved.
  await page.keyboard.press("[");
  await expect(readerAnnouncement(page)).toHaveText(`Highlight 2 of 2: Spin, “${LAST}”. Press Enter to open it.`);
  await page.keyboard.press("Enter");
  const popover = page.getByRole("dialog", { name: "Highlight" });
  await expect(popover).toBeFocused();
  await tabTo(page, popover.getByLabel(/Note/));
  await page.keyboard.type(NOTE);
  await page.keyboard.press("Tab");
  const saveNote = popover.getByRole("button", { name: "Save note" });
  await expect(saveNote).toBeFocused();
  await page.keyboard.press("Enter");
  await expectAllSaved(page);
  // Saved, so there is nothing more to save; the focus stays on the button rather than falling to the page.
  await expect(saveNote).toBeFocused();
  await expect(saveNote).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await expect(article).toBeFocused();

  // [ again: the first passage. Deleted after confirming, then undone.
  await page.keyboard.press("[");
  await expect(readerAnnouncement(page)).toHaveText(`Highlight 1 of 2: Factual claim, “${FIRST}”. Press Enter to open it.`);
  await page.keyboard.press("Enter");
  await expect(popover).toBeFocused();
  await tabTo(page, popover.getByRole("button", { name: "Delete highlight" }));
  await page.keyboard.press("Enter");
  await expect(popover.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(popover.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await page.keyboard.press("Enter");
  const toast = page.getByRole("group", { name: "Highlight deleted." });
  await expect(toast.getByRole("button", { name: "Undo" })).toBeFocused();
  await expectAllSaved(page);
  await page.keyboard.press("Enter");
  await expect(toast).toBeHidden();
  await expect(popover).toBeFocused();
  await expect(popover.getByRole("radio", { name: "Factual claim" })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(article).toBeFocused();
  await expectAllSaved(page);

  // ? lists the shortcuts; Escape puts the focus back in the article.
  await page.keyboard.press("?");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(shortcuts).toBeHidden();
  await expect(article).toBeFocused();

  // Submit, confirming in the dialog: the focus lands on what says it is handed in.
  const submitButton = page.getByRole("button", { name: "Submit…" });
  await tabTo(page, submitButton);
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: "Submit your highlights?" });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Submit now" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  const submitted = page.getByRole("region", { name: "Submission" }).getByRole("status");
  await expect(submitted).toContainText("Submitted");
  await expect(submitted).toBeFocused();

  // On the server, and there after a reload.
  await expectSavedAndSubmitted(assignment, student, teacher);
  await page.reload();
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await expect(page.getByRole("region", { name: "Submission" })).toContainText("Submitted");
  await expect.poll(async () => Object.values(await highlightTexts(page)).sort()).toEqual([LAST, FIRST].sort());
});

/** The two highlights, the note and the hand-in, as the server has them. */
async function expectSavedAndSubmitted(assignment: Assignment, student: Account, teacher: Account): Promise<void> {
  const annotations = (await (await student.api.get(`/api/assignments/${assignment.id}/annotations`)).json()) as { exact: string; tag: string; note: string | null }[];
  const byText = (a: { exact: string }, b: { exact: string }) => a.exact.localeCompare(b.exact);
  expect(annotations.map(({ exact, tag, note }) => ({ exact, tag, note })).sort(byText)).toEqual(
    [
      { exact: LAST, tag: "spin", note: NOTE },
      { exact: FIRST, tag: "factual_claim", note: null },
    ].sort(byText),
  );
  const submission = (await (await teacher.api.get(`/api/assignments/${assignment.id}/submissions/${student.id}`)).json()) as { status: string };
  expect(submission.status).toBe("SUBMITTED");
}
