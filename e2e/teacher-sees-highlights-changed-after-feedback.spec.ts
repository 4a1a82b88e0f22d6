import { expect } from "@playwright/test";
import { expectStatus, highlight, setUpExercise, test } from "./support/classroom";
import { expectAllSaved } from "./support/reader";

test("a teacher sees a highlight the student changed or deleted after the verdict", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Mira Holt");
  const praise = await highlight(student, assignment, "a triumph for every family in town", "quote");
  const cost = await highlight(student, assignment, "twice the first estimate", "factual_claim");
  // The teacher judges the draft early.
  for (const [id, comment] of [[praise.id, "Whose words are these?"], [cost.id, "Check it against the council's figures."]] as const) {
    await expectStatus(await teacher.api.put(`/api/annotations/${id}/feedback`, { data: { verdict: "PARTLY", comment } }), 200);
  }

  // The student rewrites one note and deletes the other highlight; deleting says the teacher keeps it.
  const page = await classroom.pageAs(student);
  await page.goto(`/assignments/${assignment.id}`);
  const popover = page.getByRole("dialog", { name: "Highlight" });
  await page.locator(".ProseMirror [data-annotation-id]", { hasText: "a triumph for every family in town" }).click();
  await popover.getByLabel(/Note/).fill("The mayor's words, so her opinion.");
  await popover.getByRole("button", { name: "Save note" }).click();
  await expectAllSaved(page);
  await page.keyboard.press("Escape");
  await page.locator(".ProseMirror [data-annotation-id]", { hasText: "twice the first estimate" }).click();
  await expect(popover).not.toContainText("Check it against");
  await popover.getByRole("button", { name: "Delete highlight" }).click();
  const question = popover.getByRole("alertdialog", { name: "Delete this highlight?" });
  await expect(question).toContainText("Your teacher has already given feedback on it. If you delete it, your teacher will still see it");
  await question.getByRole("button", { name: "Yes, delete it" }).click();
  await expectAllSaved(page);
  await expect(page.getByRole("region", { name: /Your highlights/ }).getByRole("listitem")).toHaveCount(1);

  // The teacher's review marks the edited one and keeps the deleted one with the verdict.
  const review = await classroom.pageAs(teacher);
  await review.goto(`/assignments/${assignment.id}?student=${student.id}`);
  const list = review.getByRole("region", { name: /Mira Holt’s highlights/ });
  await expect(list.getByRole("listitem")).toHaveText([/a triumph for every family in town.*Edited after your feedback/]);
  const deleted = review.getByRole("region", { name: "Deleted by the student (1)" });
  await expect(deleted).toContainText("twice the first estimate");
  await expect(deleted).toContainText("Teacher: partly — Check it against the council's figures.");

  await review.locator(".ProseMirror [data-annotation-id]", { hasText: "a triumph for every family in town" }).click();
  const verdictPopover = review.getByRole("dialog", { name: "Highlight" });
  await expect(verdictPopover).toContainText("The student changed the tag or note after your verdict");
  await expect(verdictPopover).toContainText("Note: The mayor's words, so her opinion.");
  await verdictPopover.getByRole("group", { name: "Your verdict" }).getByRole("radio", { name: "Agree", exact: true }).check();
  await verdictPopover.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdictPopover).toContainText("Verdict saved.");
  await expect(verdictPopover).not.toContainText("The student changed the tag or note");
  await expect(list.getByRole("listitem")).not.toContainText("Edited after your feedback");
  await review.reload();
  await expect(list.getByRole("listitem")).toHaveText([/Teacher: agree/]);
  await expect(list.getByRole("listitem")).not.toContainText("Edited after your feedback");
});
