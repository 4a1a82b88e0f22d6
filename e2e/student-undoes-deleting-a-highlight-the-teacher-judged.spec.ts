import { expect } from "@playwright/test";
import { highlight, setUpExercise, test } from "./support/classroom";
import { expectAllSaved, openAssignment } from "./support/reader";

const PHRASE = "a reckless waste of public money";

test("a student deletes a highlight the teacher has judged, undoes it, and the teacher still sees it once, with the verdict and comment", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Noor Haddad");
  const { id } = await highlight(student, assignment, PHRASE, "loaded_language");
  const verdict = await teacher.api.put(`/api/annotations/${id}/feedback`, { data: { verdict: "PARTLY", comment: "Loaded, yes: and whose view is it?" } });
  expect(verdict.status()).toBe(200);

  const page = await classroom.pageAs(student);
  await openAssignment(page, assignment.id);
  await page.locator(`.ProseMirror [data-annotation-id="${id}"]`).first().click();
  const popover = page.getByRole("dialog", { name: "Highlight" });
  await popover.getByRole("button", { name: "Delete highlight" }).click();
  await expect(popover.getByRole("alertdialog")).toContainText("Your teacher has already given feedback on it.");
  await popover.getByRole("button", { name: "Yes, delete it" }).click();
  await expectAllSaved(page);
  await page.getByRole("group", { name: "Highlight deleted." }).getByRole("button", { name: "Undo" }).click();
  await expectAllSaved(page);

  const review = (await (await teacher.api.get(`/api/assignments/${assignment.id}/annotations?student=${student.id}`)).json()) as { id: string; deletedAt: string | null; feedback: unknown }[];
  expect(review).toEqual([expect.objectContaining({ id, deletedAt: null, feedback: { verdict: "PARTLY", comment: "Loaded, yes: and whose view is it?" } })]);
  // The student is still told, the next time they would delete it, that the teacher has given feedback.
  await page.reload();
  await page.locator(`.ProseMirror [data-annotation-id="${id}"]`).first().click();
  await popover.getByRole("button", { name: "Delete highlight" }).click();
  await expect(popover.getByRole("alertdialog")).toContainText("Your teacher has already given feedback on it.");
});
