import { expect } from "@playwright/test";
import { highlight, setUpExercise, test } from "./support/classroom";
import { expectAllSaved, highlightTexts, openAssignment, saveStatus, selectWithMouse } from "./support/reader";
import { cutSaves, saveProblems, savedAnnotations, savedSubmission } from "./support/save-queue";

test("a student submits in one tab while another holds an unsaved highlight: that tab says it could not be saved because the work was handed in, and taking the submission back saves it", async ({ classroom }) => {
  const { klass, assignment } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Theo Grant");
  const first = await highlight(student, assignment, "a triumph for every family in town", "quote");
  const tabA = await classroom.pageAs(student);
  const tabB = await tabA.context().newPage();
  await openAssignment(tabA, assignment.id);
  await openAssignment(tabB, assignment.id);

  // Tab B's connection drops while it makes a highlight: it waits there, and tab B will not submit.
  const connection = await cutSaves(tabB);
  await selectWithMouse(tabB, "a reckless waste of public money");
  await tabB.keyboard.press("2");
  await expect(saveStatus(tabB)).toHaveText("Offline: 1 change waiting on this device. They are sent when the connection is back.");
  await expect(tabB.getByRole("region", { name: "Submission" })).toContainText("Waiting for your last changes to save…");
  const ids = await highlightTexts(tabB);
  const waitingId = Object.keys(ids).find((id) => ids[id] === "a reckless waste of public money")!;

  // Tab A, which has not seen it, hands the work in.
  await tabA.getByRole("button", { name: "Submit…" }).click();
  await tabA.getByRole("dialog", { name: "Submit your highlights?" }).getByRole("button", { name: "Submit now" }).click();
  await expect(tabA.getByRole("region", { name: "Submission" }).getByRole("status")).toHaveText(/^Submitted /);

  // Back online, tab B's highlight is refused: it stays shown, says why, and offers the way out.
  await connection.reconnect();
  await expect(saveStatus(tabB)).toHaveText("1 change could not be saved: see below.");
  const problems = saveProblems(tabB);
  await expect(problems.getByRole("heading")).toHaveText("1 change could not be saved");
  await expect(problems.getByRole("listitem")).toHaveText(["New highlight “a reckless waste of public money” (Opinion): This work has been submitted, so it can no longer be changed."]);
  await expect(problems.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await expect(problems.getByRole("button", { name: "Copy them as text" })).toBeVisible();
  await expect(problems.getByRole("button", { name: "Discard them" })).toBeVisible();
  const item = tabB.getByRole("region", { name: /^Your highlights/ }).getByRole("button", { name: /a reckless waste of public money/ });
  await expect(item).toContainText("Could not be saved");
  expect((await savedAnnotations(tabB.request, assignment.id)).map((a) => a.id)).toEqual([first.id]);

  await problems.getByRole("button", { name: "Take my submission back and save them" }).click();
  await expectAllSaved(tabB);
  await expect(problems).toHaveCount(0);
  await expect(item).not.toContainText("Could not be saved");
  await expect(tabB.getByRole("region", { name: "Submission" })).toContainText("Draft: 2 highlights.");
  expect(await savedAnnotations(tabB.request, assignment.id)).toMatchObject([
    { id: first.id, tag: "quote" },
    { id: waitingId, tag: "opinion", exact: "a reckless waste of public money" },
  ]);
  expect(await savedSubmission(tabB.request, assignment.id)).toMatchObject({ status: "DRAFT" });
});
