import { expect, type Page } from "@playwright/test";
import { highlight, setUpExercise, submit, test, type Account, type Assignment } from "./support/classroom";
import { tabTo } from "./support/keyboard";
import { articleText, readerAnnouncement } from "./support/reader";

const TRIUMPH = "a triumph for every family in town";
const RECKLESS = "a reckless waste of public money";
const VERDICT_COMMENT = "A quote, and also the mayor's opinion: say whose.";
const OVERALL = "Careful reading. Say who holds each opinion.";

/** Gives the open highlight a verdict from the keyboard: the group's first radio, `moves` arrow presses on, and an optional comment. */
async function giveVerdict(page: Page, moves: number, comment?: string): Promise<void> {
  const popover = page.getByRole("dialog", { name: "Highlight" });
  await expect(popover).toBeFocused();
  await tabTo(page, popover.getByRole("radio", { name: "Agree", exact: true }));
  await page.keyboard.press("Space");
  for (let i = 0; i < moves; i++) await page.keyboard.press("ArrowRight");
  if (comment) {
    await tabTo(page, popover.getByLabel("Comment for the student"));
    await page.keyboard.type(comment);
  }
  const save = popover.getByRole("button", { name: "Save verdict" });
  await tabTo(page, save);
  await page.keyboard.press("Enter");
  await expect(popover).toContainText("Verdict saved.");
  // Disabled only in name while it saves: the focus stays on it, not on the page's body.
  await expect(save).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  // Opened from the text, so the focus goes back to the text.
  await expect(articleText(page)).toBeFocused();
}

test("the teacher reviews a class with the keyboard alone: verdicts, the overall comment and score, the next student, and back to the table", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom, { scoreOutOf: 10 });
  const sara = await classroom.joinAsStudent(klass.joinCode, "Sara Lund");
  await highlight(sara, assignment, TRIUMPH, "quote");
  await highlight(sara, assignment, RECKLESS, "spin", "Reckless is a judgement.");
  await submit(sara, assignment);
  const tom = await classroom.joinAsStudent(klass.joinCode, "Tom Baker");
  await highlight(tom, assignment, "twice the first estimate", "factual_claim");
  await submit(tom, assignment);

  const page = await classroom.pageAs(teacher);
  await page.goto(`/assignments/${assignment.id}`);
  await tabTo(page, page.getByRole("link", { name: "Review Sara Lund" }));
  await page.keyboard.press("Enter");
  // The link that had the focus is gone: the student's name takes it.
  await expect(page.getByRole("heading", { name: "Sara Lund’s work" })).toBeFocused();

  // ] steps from highlight to highlight in the text; Enter opens each.
  await tabTo(page, articleText(page));
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("]");
  await expect(readerAnnouncement(page)).toHaveText(`Highlight 1 of 2: Quote, “${TRIUMPH}”. Press Enter to open it.`);
  await page.keyboard.press("Enter");
  await giveVerdict(page, 1, VERDICT_COMMENT);
  await page.keyboard.press("]");
  await expect(readerAnnouncement(page)).toHaveText(`Highlight 2 of 2: Spin, has a note, “${RECKLESS}”. Press Enter to open it.`);
  await page.keyboard.press("Enter");
  await giveVerdict(page, 0);
  const list = page.getByRole("region", { name: /Sara Lund’s highlights/ });
  await expect(list.getByRole("listitem").filter({ hasText: TRIUMPH })).toContainText("Teacher: partly");
  await expect(list.getByRole("listitem").filter({ hasText: RECKLESS })).toContainText("Teacher: agree");

  // The overall comment and score, after the article.
  await tabTo(page, page.getByLabel("Comment", { exact: true }));
  await page.keyboard.type(OVERALL);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Score (optional)")).toBeFocused();
  await page.keyboard.type("8");
  const saveFeedback = page.getByRole("button", { name: "Save feedback" });
  await tabTo(page, saveFeedback);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Overall feedback for Sara Lund" })).toContainText("Feedback saved.");
  await expect(saveFeedback).toBeFocused();

  // The next student, then back to the table, where the focus is on the row just left.
  await tabTo(page, page.getByRole("link", { name: /Next student: Tom Baker/ }), 80, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Tom Baker’s work" })).toBeFocused();
  await tabTo(page, page.getByRole("link", { name: "Back to the progress table" }), 10, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("table", { name: "Progress of each student" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Review Tom Baker" })).toBeFocused();

  // On the server, and there after a reload.
  await expectReviewSaved(assignment, teacher, sara);
  await page.goto(`/assignments/${assignment.id}?view=review&student=${sara.id}`);
  await expect(list.getByRole("listitem").filter({ hasText: TRIUMPH })).toContainText("Teacher: partly");
  await expect(page.getByLabel("Comment", { exact: true })).toHaveValue(OVERALL);
  await expect(page.getByLabel("Score (optional)")).toHaveValue("8");
});

async function expectReviewSaved(assignment: Assignment, teacher: Account, student: Account): Promise<void> {
  const annotations = (await (await teacher.api.get(`/api/assignments/${assignment.id}/annotations?student=${student.id}`)).json()) as {
    exact: string;
    feedback: { verdict: string; comment: string | null } | null;
  }[];
  expect(Object.fromEntries(annotations.map((a) => [a.exact, a.feedback]))).toEqual({
    [TRIUMPH]: { verdict: "PARTLY", comment: VERDICT_COMMENT },
    [RECKLESS]: { verdict: "AGREE", comment: null },
  });
  const submission = (await (await teacher.api.get(`/api/assignments/${assignment.id}/submissions/${student.id}`)).json()) as {
    feedback: { comment: string | null; score: number | null } | null;
  };
  expect(submission.feedback).toMatchObject({ comment: OVERALL, score: 8 });
}
