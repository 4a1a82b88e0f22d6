import { expect } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { ASSIGNMENT_TITLE, STORAGE } from "./support/accounts";
import { highlight, setUpExercise, submit, test, twoReadersWhoDisagree } from "./support/classroom";
import { chooseExport, openExportMenu } from "./support/export-menu";

test("teacher sign-up and joining a class have no WCAG 2.2 A/AA violations", async ({ page }) => {
  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Sign up as a teacher" })).toBeVisible();
  await expectNoViolations(page);

  await page.goto("/join?code=NOSUCHCODE");
  await expect(page.getByRole("heading", { name: "Join a class" })).toBeVisible();
  await expectNoViolations(page);
  // With an error shown, too.
  await page.getByLabel("Your name").fill("Test Student");
  await page.getByLabel("Email or a username").fill("no-such-class-student");
  await page.getByLabel("Password (at least 10 characters)").fill("long enough password");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("A class with that code was not found. A class code is 6 letters and digits, like K7MQ3P. Check it with your teacher.");
  await expectNoViolations(page);
});

test("a student's assignment page with the submit confirmation open has no violations", async ({ classroom }) => {
  const { klass, assignment } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Ada Byrne");
  await highlight(student, assignment, "a triumph for every family in town", "quote");
  await highlight(student, assignment, "a reckless waste of public money", "spin");
  const page = await classroom.pageAs(student);
  await page.goto(`/assignments/${assignment.id}`);
  await expect(page.locator(".ProseMirror [data-annotation-id]")).toHaveCount(2);
  await page.getByRole("button", { name: "Submit…" }).click();
  // The confirmation with its warning that a note is missing.
  await expect(page.getByRole("dialog", { name: "Submit your highlights?" }).getByRole("alert")).toBeVisible();
  await expectNoViolations(page);
});

test("a student's class comparison after the reveal, and the discussion view, have no violations", async ({ classroom }) => {
  const { klass, assignment } = await setUpExercise(classroom, { revealPolicy: "AFTER_SUBMIT", showClassmateNames: false });
  const { student } = await twoReadersWhoDisagree(classroom, klass, assignment);
  await submit(student, assignment);
  const page = await classroom.pageAs(student);
  await page.goto(`/assignments/${assignment.id}`);
  await page.getByRole("group", { name: "Whose highlights" }).getByRole("button", { name: "Compare the class" }).click();
  await expect(page.locator(".heat").first()).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("region", { name: "Disagreements" }).getByRole("button", { name: /^Show .*in the text$/ }).first().click();
  await expect(page.getByRole("region", { name: "Who tagged it how" }).getByRole("listitem").first()).toBeVisible();
  await expectNoViolations(page);

  await page.goto(`/assignments/${assignment.id}/discuss`);
  await expect(page.getByText(/^Passage 1 of \d+/)).toBeVisible();
  await expectNoViolations(page);
});

test("a student's open Export menu, with its warning that exporting the class makes the work final, has no violations", async ({ classroom }) => {
  const { klass, assignment } = await setUpExercise(classroom, { revealPolicy: "AFTER_SUBMIT" });
  const student = await classroom.joinAsStudent(klass.joinCode, "Ada Byrne");
  await highlight(student, assignment, "twice the first estimate", "factual_claim");
  await submit(student, assignment);
  const page = await classroom.pageAs(student);
  await page.goto(`/assignments/${assignment.id}`);
  const form = await openExportMenu(page);
  await expectNoViolations(page);
  await chooseExport(form, { format: "pdf", scope: "The whole class" });
  // The warning is read out with the choice it is about, not only shown near it.
  await expect(form.getByRole("combobox", { name: "Whose work" })).toHaveAccessibleDescription(/you can then no longer take your work back/);
  await expectNoViolations(page);
});

test.describe("as the teacher", () => {
  test.use({ storageState: STORAGE.teacher });

  test("the classes list, a class page with its roster, the article library and a new assignment have no violations", async ({ page }) => {
    await page.goto("/classes");
    await expect(page.getByRole("heading", { name: "Classes", level: 1 })).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole("link", { name: "Media Literacy 101" }).click();
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoViolations(page);
    // The roster's confirmation step, too.
    await page.getByRole("button", { name: /^Remove / }).first().click();
    await expect(page.getByRole("button", { name: "Yes, remove" })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Cancel" }).click();

    await page.goto("/articles");
    await expect(page.getByRole("heading", { name: "Article library" })).toBeVisible();
    await expectNoViolations(page);

    await page.goto("/assignments/new");
    await expect(page.getByRole("heading", { name: "New assignment" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("an assignment's progress and settings views have no violations", async ({ page }) => {
    await page.goto("/assignments");
    await page.getByRole("link", { name: ASSIGNMENT_TITLE }).click();
    await expect(page.getByRole("table", { name: "Progress of each student" })).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
    await expectNoViolations(page);
    // Choosing to share by hand shows one more control (nothing is saved here).
    await page.getByRole("radio", { name: "When I share them" }).check();
    await expect(page.getByRole("checkbox", { name: "Share classmates’ highlights now" })).toBeVisible();
    await expectNoViolations(page);
  });
});
