import { expect } from "@playwright/test";
import { basis, disagreement, heatmap, splitInWords, stretchDetails } from "./support/compare";
import { expectStatus, highlight, setUpExercise, submit, test } from "./support/classroom";

const CLASSMATE = /Classmate [0-9A-F]{4}/;

test("with “after each student submits” and names hidden, a student compares the class only once they have submitted, without scores or any classmate's name", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom, { revealPolicy: "AFTER_SUBMIT", showClassmateNames: false });
  const priya = await classroom.joinAsStudent(klass.joinCode, "Priya Shah");
  await highlight(priya, assignment, "a reckless waste of public money", "loaded_language");
  await highlight(priya, assignment, "twice the first estimate", "factual_claim");
  await submit(priya, assignment);
  const omar = await classroom.joinAsStudent(klass.joinCode, "Omar Haddad");
  await highlight(omar, assignment, "a reckless waste of public money", "opinion");
  await highlight(omar, assignment, "a triumph for every family in town", "quote");
  await submit(omar, assignment);
  // The teacher has a key, so there are scores the teacher could see and the student must not.
  await highlight(teacher, assignment, "a reckless waste of public money", "loaded_language");
  await expectStatus(await teacher.api.put(`/api/assignments/${assignment.id}/answer-key`, { data: { enabled: true } }), 200);
  const leo = await classroom.joinAsStudent(klass.joinCode, "Leo Grant");
  await highlight(leo, assignment, "a reckless waste of public money", "loaded_language");
  await highlight(leo, assignment, "a triumph for every family in town", "quote");

  const page = await classroom.pageAs(leo);
  await page.goto(`/assignments/${assignment.id}`);
  const whose = page.getByRole("group", { name: "Whose highlights" });
  await expect(whose).toContainText("Classmates' highlights appear once you submit your own.");
  await expect(page.getByRole("button", { name: "Compare the class" })).toHaveCount(0);
  const compareApi = `/api/assignments/${assignment.id}/compare`;
  expect((await page.request.get(compareApi)).status()).toBe(403);

  await page.getByRole("button", { name: "Submit…" }).click();
  await page.getByRole("dialog", { name: "Submit your highlights?" }).getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByRole("region", { name: "Submission" }).getByRole("status")).toHaveText(/^Submitted /);
  await whose.getByRole("button", { name: "Compare the class" }).click();
  await expect(whose.getByRole("button", { name: "Compare the class" })).toHaveAttribute("aria-pressed", "true");

  const compare = page.getByRole("region", { name: "Compare readers" });
  await expect(basis(page)).toHaveText("Based on 3 readers, submitted work only.");
  // Only the teacher may count drafts in.
  await expect(compare.getByRole("checkbox", { name: "Include drafts" })).toHaveCount(0);
  await expect(heatmap(page)).toBeVisible();
  await expect(heatmap(page).locator(".heat")).not.toHaveCount(0);

  const reckless = disagreement(page, "a reckless waste of public money");
  expect(await splitInWords(reckless)).toEqual(["Opinion: 1 of 3", "Loaded language: 2 of 3"]);
  await expect(disagreement(page, "twice the first estimate")).toBeVisible();
  await reckless.getByRole("button", { name: /^Show .*in the text$/ }).click();
  const details = stretchDetails(page);
  await expect(details).toContainText("a reckless waste of public money: tagged by 3 of 3");
  const them = details.getByRole("listitem");
  await expect(them.filter({ hasText: /^Opinion:/ })).toHaveText(new RegExp(`^Opinion: ${CLASSMATE.source}$`));
  await expect(them.filter({ hasText: /^Loaded language:/ })).toHaveText(new RegExp(`^Loaded language: (You, ${CLASSMATE.source}|${CLASSMATE.source}, You)$`));

  // No scores, though the teacher has a key; and no classmate's name, on the page or in what it loaded.
  await expect(compare).not.toContainText(/score|precision|recall|\bF1\b/i);
  for (const name of ["Priya", "Shah", "Omar", "Haddad"]) await expect(page.locator("body")).not.toContainText(name);
  const body = await expectStatus<Record<string, unknown>>(await page.request.get(compareApi), 200);
  expect(Object.keys(body)).not.toContain("students");
  expect(Object.keys(body)).not.toContain("key");
  expect(JSON.stringify(body)).not.toMatch(/Priya|Shah|Omar|Haddad/);

  // Looking made the submission final, as the button warned.
  await expect(page.getByRole("region", { name: "Submission" }).getByRole("button", { name: "Take it back to change it" })).toHaveCount(0);
});
