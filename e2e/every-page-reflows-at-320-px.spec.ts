import { expect, type Page } from "@playwright/test";
import { ASSIGNMENT_TITLE, STORAGE } from "./support/accounts";
import { highlight, setUpExercise, submit, test, twoReadersWhoDisagree } from "./support/classroom";
import { pageRoutes } from "./support/page-routes";
import { expectNoSideScroll, REFLOW_VIEWPORT } from "./support/reflow";

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px (a phone, or 1280 px at 400% zoom) no page scrolls sideways.
 * A wide table scrolls inside its own focusable region instead; everything else wraps or stacks.
 */
test.use({ viewport: REFLOW_VIEWPORT });

/** Every page route this file visits, as its page.tsx sits under app/. */
const ROUTES_CHECKED = [
  "/",
  "/signin",
  "/signin/forgot",
  "/signin/reset",
  "/signup",
  "/join",
  "/account/password",
  "/assignments",
  "/assignments/new",
  "/assignments/[id]",
  "/assignments/[id]/discuss",
  "/classes",
  "/classes/[id]",
  "/articles",
  "/articles/[id]",
  "/help/tagging",
];

test("every page route under app/ has a reflow check in this file", () => {
  expect(pageRoutes().sort()).toEqual([...ROUTES_CHECKED].sort());
});

async function visit(page: Page, url: string, what: string, ready: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(url);
  await ready(page);
  await expectNoSideScroll(page, what);
}

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
};

test("the signed-out pages do not scroll sideways at 320 px", async ({ page }) => {
  await visit(page, "/", "/ (sends to sign-in)", heading("Sign in"));
  await expectNoSideScroll(page, "/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter your email or username" })).toBeVisible();
  await expectNoSideScroll(page, "/signin with an error");
  await visit(page, "/signin/forgot", "/signin/forgot", heading(/password/i));
  await visit(page, "/signin/reset?token=a-token-from-an-email", "/signin/reset with a token", heading("Choose a new password"));
  await visit(page, "/signin/reset", "/signin/reset without a token", heading("Choose a new password"));
  await visit(page, "/signup", "/signup", heading("Sign up as a teacher"));
  await visit(page, "/join?code=NOSUCHCODE", "/join", heading("Join a class"));
});

test.describe("as the demo teacher", () => {
  test.use({ storageState: STORAGE.teacher });

  test("the lists, a class with its roster, an article with its versions and the forms do not scroll sideways", async ({ page }) => {
    await visit(page, "/assignments", "/assignments", heading("Assignments"));
    await visit(page, "/assignments/new", "/assignments/new", heading("New assignment"));
    await visit(page, "/classes", "/classes", heading("Classes"));
    await page.getByRole("link", { name: "Media Literacy 101" }).click();
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoSideScroll(page, "a class page with its roster");
    await page.getByRole("button", { name: /^Remove / }).first().click();
    await expect(page.getByRole("button", { name: "Yes, remove" })).toBeVisible();
    await expectNoSideScroll(page, "a class page with a removal being confirmed");
    await visit(page, "/articles", "/articles", heading("Article library"));
    await page.getByRole("main").getByRole("link", { name: /Lavrov/ }).first().click();
    await expect(page.getByRole("heading", { name: "Versions" })).toBeVisible();
    await expectNoSideScroll(page, "an article page with its versions");
    await visit(page, "/account/password", "/account/password", heading("Change your password"));
    await visit(page, "/help/tagging", "/help/tagging", heading("How to tag"));
  });

  test("every view of an assignment, with students' work in it, does not scroll sideways", async ({ page }) => {
    await page.goto("/assignments");
    await page.getByRole("link", { name: ASSIGNMENT_TITLE }).click();
    await expect(page.getByRole("table", { name: "Progress of each student" })).toBeVisible();
    await expectNoSideScroll(page, "the progress table");
    const tabs = page.getByRole("navigation", { name: "Assignment views" });
    await tabs.getByRole("link", { name: "Review" }).click();
    await expect(page.locator("[data-annotation-id]").first()).toBeVisible();
    await expectNoSideScroll(page, "the Review tab");
    await tabs.getByRole("link", { name: "Compare" }).click();
    await page.getByRole("checkbox", { name: "Include drafts" }).check();
    await expect(page.getByRole("region", { name: "Disagreements" }).getByRole("listitem").first()).toBeVisible();
    await expectNoSideScroll(page, "the Compare tab");
    await page.getByRole("region", { name: "Disagreements" }).getByRole("button", { name: /^Show .*in the text$/ }).first().click();
    await expect(page.getByRole("region", { name: "Who tagged it how" }).getByRole("listitem").first()).toBeVisible();
    await expectNoSideScroll(page, "the Compare tab with a passage shown");
    await tabs.getByRole("link", { name: "Answer key" }).click();
    await expect(tabs.getByRole("link", { name: "Answer key" })).toHaveAttribute("aria-current", "page");
    await expectNoSideScroll(page, "the Answer key tab");
    await tabs.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
    await expectNoSideScroll(page, "the Settings tab");
    const url = new URL(page.url());
    await visit(page, `${url.pathname}/discuss?includeDrafts=true`, "the discussion view", async (p) => {
      await expect(p.getByText(/^Passage 1 of \d+/)).toBeVisible();
    });
  });
});

test("a class's scores against an answer key, and a student's reader, comparison and discussion, do not scroll sideways", async ({ classroom }) => {
  test.setTimeout(60_000);
  const { teacher, klass, assignment } = await setUpExercise(classroom, { revealPolicy: "AFTER_SUBMIT" });
  const { student } = await twoReadersWhoDisagree(classroom, klass, assignment);

  const own = await classroom.pageAs(student);
  await own.setViewportSize(REFLOW_VIEWPORT);
  await visit(own, "/assignments", "a student's assignment list", heading("Assignments"));
  await visit(own, `/assignments/${assignment.id}`, "a student's reader with highlights", async (p) => {
    await expect(p.locator(".ProseMirror [data-annotation-id]")).toHaveCount(2);
  });
  await visit(own, "/join?code=NOSUCHCODE", "/join, signed in as a student", heading("Join a class"));
  await visit(own, "/account/password", "/account/password, as a student", heading("Change your password"));
  await submit(student, assignment);
  await own.goto(`/assignments/${assignment.id}`);
  await own.getByRole("group", { name: "Whose highlights" }).getByRole("button", { name: "Compare the class" }).click();
  await expect(own.locator(".heat").first()).toBeVisible();
  await expectNoSideScroll(own, "a student's class comparison");
  await visit(own, `/assignments/${assignment.id}/discuss`, "a student's discussion view", async (p) => {
    await expect(p.getByText(/^Passage 1 of \d+/)).toBeVisible();
  });

  await highlight(teacher, assignment, "a triumph for every family in town", "quote");
  await highlight(teacher, assignment, "a reckless waste of public money", "loaded_language");
  const teacherPage = await classroom.pageAs(teacher);
  await teacherPage.setViewportSize(REFLOW_VIEWPORT);
  await teacherPage.goto(`/assignments/${assignment.id}?view=key`);
  await teacherPage.getByRole("button", { name: "Use my highlights as the answer key" }).click();
  await expect(teacherPage.getByText("Your 2 highlights are the answer key.")).toBeVisible();
  await expectNoSideScroll(teacherPage, "the Answer key tab with a key");
  await visit(teacherPage, `/assignments/${assignment.id}?view=compare`, "the Compare tab with scores against the key", async (p) => {
    await expect(p.getByRole("region", { name: "Against the answer key", exact: true }).getByRole("table")).toBeVisible();
  });
  await visit(teacherPage, `/assignments/${assignment.id}?view=review&student=${student.id}`, "the Review tab on a submitted student", async (p) => {
    await expect(p.locator("[data-annotation-id]").first()).toBeVisible();
  });
});
