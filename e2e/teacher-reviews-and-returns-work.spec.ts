import { expect } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { giveFeedback, highlight, setUpExercise, submit, test, updateAssignment } from "./support/classroom";

const tomorrow = () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();

test("the teacher sees where each student is, gives a verdict and a score, and returns the work, which the student then reads", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom, { dueAt: tomorrow(), scoreOutOf: 10 });
  const join = (name: string) => classroom.joinAsStudent(klass.joinCode, name);
  await join("Ines Moreau"); // joined, nothing highlighted yet
  const drafting = await join("Tom Baker");
  await highlight(drafting, assignment, "twice the first estimate", "factual_claim");
  const sara = await join("Sara Lund");
  await highlight(sara, assignment, "a triumph for every family in town", "quote");
  await highlight(sara, assignment, "a reckless waste of public money", "spin", "Reckless is a judgement.");
  await submit(sara, assignment);
  const returned = await join("Rui Costa");
  await highlight(returned, assignment, "a reckless waste of public money", "loaded_language");
  await submit(returned, assignment);
  await giveFeedback(teacher, assignment, returned, { comment: "Good eye.", returned: true });
  // The due date moves to now, so the next submission is late.
  await updateAssignment(teacher, assignment, { dueAt: new Date().toISOString() });
  const late = await join("Lena Fischer");
  await highlight(late, assignment, "twice the first estimate", "factual_claim");
  await submit(late, assignment);

  const page = await classroom.pageAs(teacher);
  await page.goto(`/assignments/${assignment.id}`);
  const progress = page.getByRole("table", { name: "Progress of each student" });
  const row = (name: string) => progress.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(progress.getByRole("rowheader")).toHaveText(["Ines Moreau", "Lena Fischer", "Rui Costa", "Sara Lund", "Tom Baker"]);
  await expect(row("Ines Moreau").getByRole("cell").first()).toHaveText("Not started");
  await expect(row("Tom Baker").getByRole("cell").first()).toHaveText("In progress (1)");
  await expect(row("Sara Lund").getByRole("cell").first()).toHaveText(/^Submitted .+ on time\s*$/);
  await expect(row("Lena Fischer").getByRole("cell").first()).toHaveText(/^Submitted .+ late\s*$/);
  await expect(row("Rui Costa").getByRole("cell").first()).toHaveText(/^Returned .+/);

  // The Review tab opens on the first student in the table who has handed in (Lena), not on a draft.
  await page.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Review" }).click();
  await expect(page.getByRole("heading", { name: "Overall feedback for Lena Fischer" })).toBeVisible();
  const students = page.getByRole("navigation", { name: "Students" });
  await expect(students.getByRole("link", { name: /Lena Fischer/ })).toHaveAttribute("aria-current", "page");
  // Next and previous follow the table's order and skip students with nothing to review (Ines has not started).
  const turns = page.getByRole("navigation", { name: "Next and previous student" });
  await expect(turns.getByRole("link")).toHaveText([/Next student: Rui Costa/]);
  await turns.getByRole("link", { name: /Next student: Rui Costa/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Overall feedback for Rui Costa" })).toBeVisible();
  await expect(turns.getByRole("link")).toHaveText([/Previous student: Lena Fischer/, /Next student: Sara Lund/]);
  await turns.getByRole("link", { name: /Next student: Sara Lund/ }).click();
  await expect(page.getByRole("heading", { name: "Overall feedback for Sara Lund" })).toBeVisible();
  await expect(students.getByRole("link", { name: /Sara Lund/ })).toHaveAttribute("aria-current", "page");
  await expect(turns.getByRole("link")).toHaveText([/Previous student: Rui Costa/, /Next student: Tom Baker/]);

  // The way back sits at the top by the student's name; the article comes before the overall feedback.
  const back = page.getByRole("link", { name: "Back to the progress table" });
  const article = page.locator(".ProseMirror");
  const overall = page.getByRole("form", { name: "Overall feedback for Sara Lund" });
  const top = async (locator: typeof back) => (await locator.boundingBox())!.y;
  expect(await top(back)).toBeLessThan(await top(article));
  expect(await top(article)).toBeLessThan(await top(overall));

  await page.locator(".ProseMirror [data-annotation-id]", { hasText: "a triumph for every family in town" }).click();
  const popover = page.getByRole("dialog", { name: "Highlight" });
  await popover.getByRole("group", { name: "Your verdict" }).getByRole("radio", { name: "Partly" }).check();
  await popover.getByLabel("Comment for the student").fill("A quote, yes, but also the mayor's opinion: say whose.");
  await popover.getByRole("button", { name: "Save verdict" }).click();
  await expect(popover).toContainText("Verdict saved.");
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  // The list shows the verdict at once, without a reload.
  const reviewList = page.getByRole("region", { name: /Sara Lund’s highlights/ });
  await expect(reviewList.getByRole("listitem").filter({ hasText: "a triumph for every family in town" })).toContainText("Teacher: partly");

  const score = page.getByLabel("Score (optional)");
  await expect(score).toHaveAttribute("max", "10");
  await expect(overall).toContainText("/ 10");
  await page.getByLabel("Comment", { exact: true }).fill("Careful reading. Next time, say who holds each opinion.");
  await score.fill("8");
  await page.getByRole("button", { name: "Return to Sara Lund" }).click();
  await expect(page.getByText("Returned to Sara Lund.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Take back" })).toBeVisible();
  await expect(overall).toContainText("Score: 8 / 10");
  await expectNoViolations(page);

  await back.click();
  await expect(row("Sara Lund").getByRole("cell").first()).toHaveText(/^Returned .+/);

  // The student reads it.
  const studentPage = await classroom.pageAs(sara);
  await studentPage.goto("/assignments");
  await studentPage.getByRole("region", { name: "Returned with feedback (1)" }).getByRole("link", { name: assignment.title }).click();
  await expect(studentPage.getByRole("region", { name: "Submission" }).getByRole("status")).toHaveText(/^Returned with feedback .+\.$/);
  const feedback = studentPage.getByRole("region", { name: "Your teacher’s feedback" });
  await expect(feedback).toContainText("Score: 8 / 10");
  await expect(feedback).toContainText("Careful reading. Next time, say who holds each opinion.");

  const list = studentPage.getByRole("region", { name: /Your highlights/ });
  await expect(list.getByRole("listitem")).toHaveText([/a triumph for every family in town.*Teacher: partly/, /a reckless waste of public money/]);
  await expect(list.getByRole("listitem").nth(1)).not.toContainText("Teacher:");
  await studentPage.locator(".ProseMirror [data-annotation-id]", { hasText: "a triumph for every family in town" }).click();
  await expect(studentPage.getByRole("dialog", { name: "Highlight" })).toContainText("Teacher: partly — A quote, yes, but also the mayor's opinion: say whose.");
});
