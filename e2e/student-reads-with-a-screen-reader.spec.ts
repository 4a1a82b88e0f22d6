import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "./support/accounts";
import { articleText, expectAllSaved, highlightTexts, openDemoAssignmentAfresh, selectWithMouse, writeNote } from "./support/reader";

test.use({ storageState: STORAGE.student });

/** The article's node in Chromium's own accessibility tree (what a screen reader is given), with its states. */
async function articleStates(page: Page): Promise<Record<string, unknown>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { name?: { value?: string }; role?: { value?: string }; properties?: { name: string; value: { value?: unknown } }[] }[];
  };
  // The element itself, not a text node inside it that Chromium names the same.
  const article = nodes.find((node) => node.name?.value?.startsWith("Article:") && node.role?.value !== "StaticText" && node.role?.value !== "InlineTextBox");
  expect(article, "the article is in the accessibility tree").toBeTruthy();
  await cdp.detach();
  return Object.fromEntries([["role", article!.role?.value], ...(article!.properties ?? []).map((p) => [p.name, p.value.value])]);
}

async function tag(page: Page, phrase: string, tagName: RegExp): Promise<string> {
  const before = Object.keys(await highlightTexts(page));
  await selectWithMouse(page, phrase);
  await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: tagName }).click();
  await expect.poll(async () => Object.keys(await highlightTexts(page)).length).toBe(before.length + 1);
  return Object.keys(await highlightTexts(page)).find((id) => !before.includes(id))!;
}

test("a screen reader hears a read-only article under the page's one h1, each highlight's tag and note, and finds the list of highlights", async ({ page }) => {
  await openDemoAssignmentAfresh(page);
  const article = articleText(page);

  // One h1 (the assignment); nothing inside the article claims that level.
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(article.getByRole("heading", { level: 1 })).toHaveCount(0);

  // Read, not edited: Chromium gives the article as a read-only field, not a rich-text editor.
  expect(await articleStates(page)).toMatchObject({ role: "textbox", readonly: true });
  expect(await articleStates(page)).not.toHaveProperty("editable");

  const opinion = await tag(page, "Sergey Lavrov", /Opinion/);
  const loaded = await tag(page, "frank views", /Loaded language/);
  await writeNote(page, loaded, "Frank is a compliment dressed as a fact.");
  await expectAllSaved(page);
  await page.getByRole("heading", { level: 1 }).click();

  // Each highlight is announced before its words: its tag, and that it has a note when it has one.
  const spoken = await article.ariaSnapshot();
  expect(spoken).toContain("Opinion highlight: Sergey Lavrov");
  expect(spoken).toContain("Loaded language highlight, has a note: frank views");
  // The announcement is not text of the article: copying and the highlights' own text are unchanged.
  expect(await highlightTexts(page)).toEqual({ [opinion]: "Sergey Lavrov", [loaded]: "frank views" });
  await expect(article).not.toContainText("highlight");

  // The list of highlights is a named landmark, reachable by landmark navigation.
  const list = page.getByRole("complementary", { name: "Highlights" }).getByRole("region", { name: /Your highlights/ });
  await expect(list.getByRole("listitem")).toHaveText([/Opinion.*Sergey Lavrov/, /Loaded language.*frank views.*compliment/]);

  // Still read-only once the student has worked in it and left it.
  expect(await articleStates(page)).toMatchObject({ readonly: true });
  expect(await articleStates(page)).not.toHaveProperty("editable");

  // And while it has the focus, with a caret moved and a selection made from the keyboard.
  await article.focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".article-caret")).toBeVisible();
  for (let i = 0; i < "ergey".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByRole("toolbar", { name: "Tag the selected text" })).toBeVisible();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe("ergey");
  expect(await articleStates(page)).toMatchObject({ role: "textbox", focused: true, readonly: true });
  expect(await articleStates(page)).not.toHaveProperty("editable");
  await expect(article).not.toHaveAttribute("contenteditable", "true");
});
