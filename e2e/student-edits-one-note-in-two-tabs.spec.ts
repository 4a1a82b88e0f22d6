import { expect } from "@playwright/test";
import { highlight, setUpExercise, test, type Classroom } from "./support/classroom";
import { expectAllSaved, openAssignment, saveStatus, writeNote } from "./support/reader";
import { saveProblems, savedAnnotations } from "./support/save-queue";

const PHRASE = "a triumph for every family in town";

/** One student, one highlight, two tabs: tab A saves a new note, then tab B, which has not seen it, saves its own. */
async function editTheNoteInTwoTabs(classroom: Classroom) {
  const { klass, assignment } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Rosa Diaz");
  const { id } = await highlight(student, assignment, PHRASE, "opinion", "The mayor's praise.");
  const tabA = await classroom.pageAs(student);
  const tabB = await tabA.context().newPage();
  await openAssignment(tabA, assignment.id);
  await openAssignment(tabB, assignment.id);

  await writeNote(tabA, id, "Written in tab A.");
  await expectAllSaved(tabA);
  await writeNote(tabB, id, "Written in tab B.");

  // Tab B's save named the revision it was made on, which tab A has moved past: it asks, it does not overwrite.
  await expect(saveStatus(tabB)).toHaveText("1 change could not be saved: see below.");
  const problems = saveProblems(tabB);
  await expect(problems.getByRole("heading")).toHaveText("1 change could not be saved");
  const conflict = problems.getByRole("group", { name: `Changed elsewhere: “${PHRASE}”` });
  await expect(conflict).toContainText(`“${PHRASE}” was changed in another tab or on another device.`);
  await expect(conflict.locator("dt")).toHaveText(["Yours", "The other"]);
  await expect(conflict.locator("dd")).toHaveText(["Opinion: Written in tab B.", "Opinion: Written in tab A."]);
  const item = tabB.getByRole("region", { name: /^Your highlights/ }).getByRole("button", { name: new RegExp(PHRASE) });
  await expect(item).toContainText("Changed elsewhere");
  const [saved] = await savedAnnotations(tabB.request, assignment.id);
  expect(saved).toMatchObject({ id, note: "Written in tab A.", revision: 2 });
  return { assignmentId: assignment.id, id, tabB, problems, conflict, item };
}

test("a student edits one note in two tabs: the second save asks, and “Keep mine” saves the second tab's note over the first", async ({ classroom }) => {
  const { assignmentId, id, tabB, problems, conflict, item } = await editTheNoteInTwoTabs(classroom);

  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expectAllSaved(tabB);
  await expect(problems).toHaveCount(0);
  await expect(item).not.toContainText("Changed elsewhere");
  await expect(item).toContainText("Written in tab B.");
  expect(await savedAnnotations(tabB.request, assignmentId)).toMatchObject([{ id, tag: "opinion", note: "Written in tab B.", revision: 3 }]);
});

test("a student edits one note in two tabs: the second save asks, and “Use the other” keeps the first tab's note and shows it", async ({ classroom }) => {
  const { assignmentId, id, tabB, problems, conflict, item } = await editTheNoteInTwoTabs(classroom);

  await conflict.getByRole("button", { name: "Use the other" }).click();
  await expect(problems).toHaveCount(0);
  await expect(saveStatus(tabB)).toHaveText("All changes saved.");
  await expect(item).not.toContainText("Changed elsewhere");
  await expect(item).toContainText("Written in tab A.");
  expect(await savedAnnotations(tabB.request, assignmentId)).toMatchObject([{ id, tag: "opinion", note: "Written in tab A.", revision: 2 }]);

  // The choice is final on the server too: what tab B shows now is what a fresh page shows.
  await tabB.reload();
  await expect(tabB.getByRole("region", { name: /^Your highlights/ })).toContainText("Written in tab A.");
});
