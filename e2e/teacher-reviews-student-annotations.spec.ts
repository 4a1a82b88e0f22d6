import { expect, test } from "@playwright/test";
import { ASSIGNMENT_TITLE, STORAGE, STUDENT1, STUDENT2 } from "./support/accounts";
import { articleText, highlightTexts } from "./support/reader";

test.describe("as the teacher", () => {
  test.use({ storageState: STORAGE.teacher });

  test("the teacher sees each student's highlights over the article", async ({ page, browser }) => {
    // Student 1 tags a phrase through the API first, with their own session.
    const student = await browser.newContext({ storageState: STORAGE.student });
    const list = await student.request.get("/api/assignments");
    const [assignment] = (await list.json()) as { id: string }[];
    const created = await student.request.post(`/api/assignments/${assignment!.id}/annotations`, {
      data: { start: 0, end: 13, tag: "quote", note: "Named first, so he frames the story." },
    });
    expect(created.status()).toBe(201);
    const { id: studentAnnotationId } = (await created.json()) as { id: string };
    await student.close();

    await page.goto("/assignments");
    await expect(page.getByText(/highlights from the class/)).toBeVisible();
    await page.getByRole("link", { name: ASSIGNMENT_TITLE }).click();
    await page.getByRole("navigation", { name: "Assignment views" }).getByRole("link", { name: "Review" }).click();

    const roster = page.getByRole("navigation", { name: "Students" });
    await expect(roster.getByRole("link")).toHaveCount(4);
    await expect(roster.getByRole("link", { name: new RegExp(`${STUDENT2.name}.*14 highlights`) })).toBeVisible();

    await roster.getByRole("link", { name: new RegExp(STUDENT2.name) }).click();
    await expect(page.getByRole("heading", { name: `${STUDENT2.name}’s highlights (14)` })).toBeVisible();
    await expect.poll(async () => Object.keys(await highlightTexts(page)).length).toBe(14);
    expect(Object.values(await highlightTexts(page))).toContain("overzealous and self-serving");
    // The teacher reads; there is no tag toolbar.
    await expect(articleText(page)).toHaveAttribute("aria-readonly", "true");
    await page.locator('[data-tag="loaded_language"]', { hasText: "overzealous" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Name-calling, not evidence.");
    // The teacher judges the highlight but cannot change the student's tag or delete it.
    await expect(dialog.getByRole("group", { name: "Tag" })).toHaveCount(0);
    await expect(dialog.getByRole("button", { name: "Delete highlight" })).toHaveCount(0);
    await expect(dialog.getByRole("group", { name: "Your verdict" }).getByRole("radio")).toHaveCount(3);

    await roster.getByRole("link", { name: new RegExp(STUDENT1.name) }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^${STUDENT1.name}’s highlights`) })).toBeVisible();
    await expect.poll(async () => (await highlightTexts(page))[studentAnnotationId]).toBe("Sergey Lavrov");

    // Clean up: the student's own session deletes it again.
    const cleanup = await browser.newContext({ storageState: STORAGE.student });
    expect((await cleanup.request.delete(`/api/annotations/${studentAnnotationId}`)).status()).toBe(204);
    await cleanup.close();
  });
});
