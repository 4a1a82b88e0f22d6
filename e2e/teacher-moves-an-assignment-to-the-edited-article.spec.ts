import { expect } from "@playwright/test";
import { highlight, POOL_ARTICLE, setUpExercise, test } from "./support/classroom";
import { expectFocusKept } from "./support/keyboard";
import { articleText, expectNothingWaiting, highlightTexts, selectWithMouse } from "./support/reader";

const EDITED_TEXT = [
  "Updated on Tuesday with the opening hours.",
  POOL_ARTICLE.text.replace("\n\nCritics called the overspend a reckless waste of public money.", ""),
  "The pool will open from 7 am to 9 pm every day.",
].join("\n\n");

test("a teacher edits the article and moves the assignment to the new text; the student finds their highlights there and the one whose sentence went listed apart, and places it again", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Noor Haddad");
  await highlight(student, assignment, "a triumph for every family in town", "quote");
  await highlight(student, assignment, "twice the first estimate", "factual_claim");
  await highlight(student, assignment, "a reckless waste of public money", "loaded_language", "Whose money, and who says so?");

  // The teacher edits the text: a new version, and the assignment on the old one is offered to move.
  const teacherPage = await classroom.pageAs(teacher);
  await teacherPage.goto(`/articles/${assignment.article.id}`);
  await teacherPage.getByLabel("Text (version 1)").fill(EDITED_TEXT);
  await teacherPage.getByRole("button", { name: "Save" }).click();
  await expect(teacherPage.getByText(/Saved as version 2\./)).toBeVisible();
  const panel = teacherPage.getByRole("region", { name: "Assignments on an older version" });
  await panel.getByRole("checkbox", { name: new RegExp(`${assignment.title}.*version 1, 3 highlights`) }).check();
  await panel.getByRole("button", { name: "Move 1 assignment to version 2" }).click();
  await expect(panel.getByRole("listitem")).toHaveText(
    `${assignment.title}: Moved to version 2: 2 highlights placed (2 found by their words). 1 highlight could not be placed in the new text: kept, shown beside the reader to its owner, and counted nowhere until placed again.`,
  );
  await expect(panel.getByRole("checkbox")).toHaveCount(0);

  // The student reads the new text with their two highlights on it, and the third listed as not placed.
  const page = await classroom.pageAs(student);
  await page.goto(`/assignments/${assignment.id}`);
  await expect(articleText(page)).toContainText("Updated on Tuesday with the opening hours.");
  await expect.poll(async () => Object.values(await highlightTexts(page)).sort()).toEqual(["a triumph for every family in town", "twice the first estimate"]);
  const orphans = page.getByRole("region", { name: /Could not be placed in the new text/ });
  await expect(orphans.getByRole("listitem")).toHaveText([/Loaded language.*a reckless waste of public money.*Note: Whose money, and who says so\?/]);

  // Placing it again: the next selection in the article becomes its place.
  await orphans.getByRole("button", { name: "Place again" }).click();
  await selectWithMouse(page, "from 7 am to 9 pm every day");
  // From the keyboard: the toolbar's button goes with the toolbar, the focus does not fall to the page.
  await page.getByRole("toolbar", { name: "Place the highlight on the selected text" }).getByRole("button", { name: /Place .* here/ }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(async () => Object.values(await highlightTexts(page)).sort()).toEqual(["a triumph for every family in town", "from 7 am to 9 pm every day", "twice the first estimate"]);
  await expect(orphans).toBeHidden();
  await expect(page.getByText("Placed “a reckless waste of public money” on “from 7 am to 9 pm every day”.")).toBeVisible();
  // Placing reads the page again, so the reader starts afresh, with nothing waiting.
  await expectNothingWaiting(page);
  await expectFocusKept(page);
  const saved = (await (await student.api.get(`/api/assignments/${assignment.id}/annotations`)).json()) as { exact: string; tag: string; note: string | null }[];
  expect(saved.map((a) => [a.exact, a.tag, a.note]).sort()).toEqual([
    ["a triumph for every family in town", "quote", null],
    ["from 7 am to 9 pm every day", "loaded_language", "Whose money, and who says so?"],
    ["twice the first estimate", "factual_claim", null],
  ]);
});
