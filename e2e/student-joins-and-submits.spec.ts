import { expect } from "@playwright/test";
import { PASSWORD } from "./support/accounts";
import { setUpExercise, test, uniqueHandle } from "./support/classroom";
import { articleText, expectAllSaved, highlightTexts, selectWithMouse } from "./support/reader";

const inAWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString();

test("a new student joins with the class code and a username, tags two passages, and can submit only once the note a tag needs is written", async ({ page, classroom }) => {
  const { klass, assignment } = await setUpExercise(classroom, { dueAt: inAWeek() });

  await page.goto(`/join?code=${klass.joinCode}`);
  await expect(page.getByLabel("Class code")).toHaveValue(klass.joinCode);
  await page.getByLabel("Your name").fill("Sam Rivers");
  await page.getByLabel("Email or a username").fill(uniqueHandle("sam"));
  await page.getByLabel("Password (at least 10 characters)").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(/\/assignments$/);
  await expect(page.getByText("Sam Rivers (student)")).toBeVisible();
  const todo = page.getByRole("region", { name: "To do (1)" });
  await todo.getByRole("link", { name: assignment.title }).click();
  await expect(page.locator(".ProseMirror")).toBeVisible();

  const toolbar = page.getByRole("toolbar", { name: "Tag the selected text" });
  // Which tags need a note is said before anything is tagged: in the legend and on the tag buttons.
  await expect(page.getByRole("list", { name: "Tags" }).getByRole("listitem").filter({ hasText: "(needs a note)" })).toHaveText([/Spin/]);
  await selectWithMouse(page, "a triumph for every family in town");
  await expect(toolbar.getByRole("button", { name: "Spin (needs a note)" })).toBeVisible();
  await expect(toolbar.getByRole("button", { name: /^Quote/ })).not.toContainText("needs a note");
  await toolbar.getByRole("button", { name: /Quote/ }).click();
  await selectWithMouse(page, "a reckless waste of public money");
  await toolbar.getByRole("button", { name: /Spin/ }).click();
  await expectAllSaved(page);
  await expect(page.getByRole("region", { name: "Submission" })).toContainText("Draft: 2 highlights.");

  // The confirmation counts the highlights per tag and will not submit while a note is missing.
  const submitButton = page.getByRole("button", { name: "Submit…" });
  await submitButton.click();
  const confirm = page.getByRole("dialog", { name: "Submit your highlights?" });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("list").first().getByRole("listitem")).toHaveText([
    "Quote: 1",
    "Opinion: 0",
    "Loaded language: 0",
    "Factual claim: 0",
    "Spin: 1",
  ]);
  await expect(confirm.getByRole("alert")).toContainText("These highlights need a note before you can submit.");
  await expect(confirm.getByRole("alert").getByRole("listitem")).toHaveText(["Spin: “a reckless waste of public money”"]);
  await expect(confirm.getByRole("button", { name: "Submit now" })).toBeDisabled();

  // Each passage listed is a way to it: the confirmation closes, the highlight opens with focus in it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await confirm.getByRole("alert").getByRole("button", { name: "“a reckless waste of public money”" }).click();
  await expect(confirm).toBeHidden();
  const popover = page.getByRole("dialog", { name: "Highlight" });
  await expect(popover).toBeFocused();
  await expect(popover.getByRole("radio", { name: "Spin (needs a note)" })).toBeChecked();
  await expect(popover.getByRole("blockquote")).toHaveText("a reckless waste of public money");
  await expect(page.locator('.ProseMirror [data-tag="spin"]')).toBeInViewport();
  await popover.getByLabel(/Note/).fill("Calling it reckless is the critics' judgement, reported as if it were fact.");
  await popover.getByRole("button", { name: "Save note" }).click();
  await expectAllSaved(page);
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();

  await submitButton.click();
  await expect(confirm.getByRole("alert")).toHaveCount(0);
  await expect(confirm).toContainText("You can take it back to change it until the due date");
  await expect(confirm).toContainText("Once you have seen classmates’ highlights you can no longer take your work back.");
  await confirm.getByRole("button", { name: "Submit now" }).click();
  const submission = page.getByRole("region", { name: "Submission" });
  await expect(submission.getByRole("status")).toHaveText(/^Submitted .*\. Your teacher can now review it\.$/);

  // Handed in: the highlights can be read but not changed, even after a reload.
  await page.reload();
  await expect(submission.getByRole("status")).toHaveText(/^Submitted /);
  await expect(articleText(page)).toBeVisible();
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await selectWithMouse(page, "The works cost");
  await page.keyboard.press("1");
  await expect(toolbar).toBeHidden();
  await page.locator('.ProseMirror [data-tag="spin"]').click();
  await expect(popover).toContainText("Note: Calling it reckless is the critics' judgement");
  await expect(popover.getByRole("button", { name: "Delete highlight" })).toHaveCount(0);
  await expect(popover.getByRole("group", { name: "Tag" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  expect(Object.values(await highlightTexts(page)).sort()).toEqual(["a reckless waste of public money", "a triumph for every family in town"]);

  // Before the due date the student may take it back and change it.
  await submission.getByRole("button", { name: "Take it back to change it" }).click();
  await expect(submission).toContainText("Draft: 2 highlights.");
  await expect(submitButton).toBeEnabled();
  await selectWithMouse(page, "twice the first estimate");
  await toolbar.getByRole("button", { name: /Factual claim/ }).click();
  await expectAllSaved(page);
  await expect(submission).toContainText("Draft: 3 highlights.");
});

test("a signed-in student who types a wrong class code keeps what they typed, is told what a code looks like, and joins once it is right", async ({ classroom }) => {
  const first = await setUpExercise(classroom);
  const second = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(first.klass.joinCode, "Iris Novak");
  const page = await classroom.pageAs(student);
  await page.goto("/join");
  const code = page.getByLabel("Class code");
  await expect(code).toHaveAccessibleDescription("A class code is 6 letters and digits, like K7MQ3P.");
  // One letter off, as when a code is copied off the board.
  const wrong = `${second.klass.joinCode.slice(0, 5)}${second.klass.joinCode.endsWith("Z") ? "Y" : "Z"}`;
  await code.fill(wrong);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("A class with that code was not found. A class code is 6 letters and digits, like K7MQ3P. Check it with your teacher.");
  await expect(code).toHaveValue(wrong);
  await code.fill(second.klass.joinCode);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status")).toContainText(`You joined ${second.klass.name}.`);
});
