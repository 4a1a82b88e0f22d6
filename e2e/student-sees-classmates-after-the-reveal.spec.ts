import { expect } from "@playwright/test";
import { highlight, setUpExercise, test } from "./support/classroom";
import { highlightTexts } from "./support/reader";

const CLASSMATES = "Classmates’ highlights";

test("with “after each student submits”, a student sees classmates' highlights and names only once they have submitted, and then cannot take the work back", async ({ classroom }) => {
  const { klass, assignment } = await setUpExercise(classroom, { revealPolicy: "AFTER_SUBMIT" });
  const classmate = await classroom.joinAsStudent(klass.joinCode, "Priya Shah");
  await highlight(classmate, assignment, "twice the first estimate", "factual_claim", "The council's own figures say so.");
  const student = await classroom.joinAsStudent(klass.joinCode, "Leo Grant");
  await highlight(student, assignment, "a reckless waste of public money", "loaded_language");

  const page = await classroom.pageAs(student);
  await page.goto(`/assignments/${assignment.id}`);
  const whose = page.getByRole("group", { name: "Whose highlights" });
  await expect(whose).toContainText("Classmates' highlights appear once you submit your own.");
  await expect(whose.getByRole("button", { name: CLASSMATES })).toHaveCount(0);
  expect((await page.request.get(`/api/assignments/${assignment.id}/annotations?scope=class`)).status()).toBe(403);

  await page.getByRole("button", { name: "Submit…" }).click();
  await page.getByRole("dialog", { name: "Submit your highlights?" }).getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByRole("region", { name: "Submission" }).getByRole("status")).toHaveText(/^Submitted /);

  // Looking makes the work final, and the student is told so before and after.
  const submission = page.getByRole("region", { name: "Submission" });
  await expect(whose).toContainText("Once you look, you can no longer take your work back.");
  await expect(submission.getByRole("button", { name: "Take it back to change it" })).toBeVisible();
  await whose.getByRole("button", { name: CLASSMATES }).click();
  await expect(whose.getByRole("button", { name: CLASSMATES })).toHaveAttribute("aria-pressed", "true");
  const list = page.getByRole("region", { name: /Classmates' highlights/ });
  await expect(list.getByRole("heading")).toHaveText("Classmates' highlights (1)");
  await expect(submission).toContainText("You have seen classmates’ highlights, so this work can no longer be taken back.");
  await expect(submission.getByRole("button", { name: "Take it back to change it" })).toHaveCount(0);
  await expect(list.getByRole("listitem")).toHaveText([/Factual claim.*twice the first estimate.*Priya Shah/]);
  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["twice the first estimate"]);
  await page.locator('.ProseMirror [data-tag="factual_claim"]').click();
  const popover = page.getByRole("dialog", { name: "Highlight" });
  await expect(popover).toContainText("By Priya Shah");
  await expect(popover).toContainText("Note: The council's own figures say so.");

  // Their own work is one click away, unchanged.
  await page.keyboard.press("Escape");
  await whose.getByRole("button", { name: "My highlights" }).click();
  await expect.poll(async () => Object.values(await highlightTexts(page))).toEqual(["a reckless waste of public money"]);
});

test("with “when I share them”, classmates' highlights stay hidden until the teacher shares them, and without names if the teacher hides them", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom, { revealPolicy: "MANUAL" });
  const classmate = await classroom.joinAsStudent(klass.joinCode, "Priya Shah");
  await highlight(classmate, assignment, "twice the first estimate", "factual_claim");
  const student = await classroom.joinAsStudent(klass.joinCode, "Leo Grant");

  const page = await classroom.pageAs(student);
  await page.goto(`/assignments/${assignment.id}`);
  const whose = page.getByRole("group", { name: "Whose highlights" });
  await expect(whose).toContainText("Classmates' highlights appear when your teacher shares them.");
  await expect(whose.getByRole("button", { name: CLASSMATES })).toHaveCount(0);

  const teacherPage = await classroom.pageAs(teacher);
  await teacherPage.goto(`/assignments/${assignment.id}`);
  await teacherPage.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Settings" }).click();
  await expect(teacherPage.getByRole("radio", { name: "When I share them" })).toBeChecked();
  await teacherPage.getByRole("checkbox", { name: "Share classmates’ highlights now" }).check();
  await teacherPage.getByRole("checkbox", { name: /Show classmates’ names/ }).uncheck();
  await teacherPage.getByRole("button", { name: "Save changes" }).click();
  await expect(teacherPage.getByText("Saved.")).toBeVisible();

  await page.reload();
  await whose.getByRole("button", { name: CLASSMATES }).click();
  const list = page.getByRole("region", { name: /Classmates' highlights/ });
  await expect(list.getByRole("listitem")).toHaveText([/twice the first estimate.*Classmate [0-9A-F]{4}$/]);
  await expect(list).not.toContainText("Priya");
  await page.locator('.ProseMirror [data-tag="factual_claim"]').click();
  await expect(page.getByRole("dialog", { name: "Highlight" })).toContainText(/By Classmate [0-9A-F]{4}/);
});
