import path from "node:path";
import { expect, test } from "@playwright/test";
import { AssignmentDto } from "@/lib/classes/assignment-schemas";
import { PASSWORD } from "./support/accounts";
import { expectNoViolations } from "./support/axe";
import { uniqueHandle } from "./support/classroom";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const HTML_TITLE = "Council votes to save Rosa’s Café & Reading Room | The Riverside Gazette";
const DOCX_TITLE = "Library hours to be cut from April";

// A teacher in New York whose browser may copy: due dates are typed, and shown, on their clock.
test.use({ timezoneId: "America/New_York", locale: "en-US", permissions: ["clipboard-read", "clipboard-write"] });

test("a new teacher signs up, creates a class, imports a web page, a Word document and pasted text, and sets an exercise with their own tags", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Rosa Lindqvist");
  await page.getByLabel("Email").fill(`${uniqueHandle("rosa")}@example.org`);
  await page.getByLabel("Password (at least 10 characters)").fill(PASSWORD);
  await page.getByRole("button", { name: "Create teacher account" }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await expect(page.getByText("Rosa Lindqvist (teacher)")).toBeVisible();
  await expect(page.getByText("You have no classes yet.")).toBeVisible();

  const className = `Year 9 media, ${uniqueHandle("set")}`;
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^Created ${className}\\. Its join code is [A-Z0-9]+\\.$`));
  const joinCode = (await page.getByRole("status").getByRole("code").textContent())!;
  await expect(page.getByRole("link", { name: className })).toBeVisible();

  // A saved web page: the title comes from the file; only the story's text is kept.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("heading", { name: "Article library", level: 1 })).toBeVisible();
  await page.getByRole("radio", { name: "Upload a file" }).check();
  await page.getByLabel("File (.html, .docx or .txt, up to 5 MB)").setInputFiles(fixture("council-cafe.html"));
  await page.getByRole("button", { name: "Add article" }).click();
  // A confirmation and a preview of what students will see: byline, date in the browser's language, kinds.
  const added = page.getByRole("region", { name: `Added “${HTML_TITLE}”` });
  await expect(added.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(added.getByText("By Marta López · March 14, 2026")).toBeVisible();
  await expect(added.getByRole("term")).toHaveText(["Heading 1", "Paragraph", "Caption", "Paragraph", "Paragraph", "Paragraph"]);
  await expect(added.locator("p.block-caption")).toHaveText("Rosa Díaz outside the café on Tuesday. Photo: Riverside Gazette");
  await expect(page.getByRole("listitem").filter({ hasText: HTML_TITLE })).toContainText("By Marta López · March 14, 2026");
  await expectNoViolations(page);
  await added.getByRole("link", { name: "Open the article" }).click();
  await expect(page.getByRole("heading", { name: HTML_TITLE, level: 1 })).toBeVisible();
  const text = page.getByLabel("Text (version 1)");
  const imported = await text.inputValue();
  const paragraphs = imported.split("\n\n");
  expect(paragraphs[0]).toBe("Council votes to save Rosa’s Café");
  expect(paragraphs).toContain("“We were told it was impossible,” said owner Rosa Díaz, 64. “Tonight the town proved otherwise.”");
  expect(paragraphs[1]).toBe("By Marta López · 14 March 2026");
  expect(paragraphs).toContain("buy the building for £1.2\u00A0million;");
  expect(paragraphs.at(-1)).toBe("The café will stay open during the sale. ☕ 🎉");
  for (const junk of ["SCRIPT TEXT", "STYLE TEXT", "JSON-LD", "NOSCRIPT", "COMMENT MUST", "ASIDE MUST", "FOOTER MUST", "WRITTEN BY SCRIPT", "Share this story", "Search the site", "<p>"]) {
    expect(imported).not.toContain(junk);
  }
  await expect(page.getByRole("row", { name: /web page/ })).toBeVisible();

  // A Word document: its first heading is the title.
  await page.getByRole("link", { name: "Article library" }).click();
  await page.getByRole("radio", { name: "Upload a file" }).check();
  await page.getByLabel("File (.html, .docx or .txt, up to 5 MB)").setInputFiles(fixture("library-hours.docx"));
  await page.getByRole("button", { name: "Add article" }).click();
  await page.getByRole("region", { name: `Added “${DOCX_TITLE}”` }).getByRole("link", { name: "Open the article" }).click();
  await expect(page.getByRole("heading", { name: DOCX_TITLE, level: 1 })).toBeVisible();
  const docx = (await page.getByLabel("Text (version 1)").inputValue()).split("\n\n");
  expect(docx[0]).toBe(DOCX_TITLE);
  expect(docx).toContain("The Westfield Library will close at 5\u00A0p.m. on weekdays — two hours earlier than now — the borough announced on Friday.");
  expect(docx).toContain("Opening hours from 1 April:\nMonday to Friday, 9 a.m. – 5 p.m.");
  expect(docx).toContain("Sunday opening ends 📚");
  await expect(page.getByRole("row", { name: /Word document/ })).toBeVisible();

  // Pasted plain text needs a title of its own.
  await page.getByRole("link", { name: "Article library" }).click();
  await expect(page.getByRole("radio", { name: "Paste the text" })).toBeChecked();
  await page.getByLabel("Article text").fill("Bus fares rise again\n\nFares will rise by 10p in May, the operator said.\n\nPassengers called it “daylight robbery”.");
  await page.getByLabel("Title", { exact: true }).fill("Bus fares rise again");
  await page.getByLabel("Author (optional)").fill("Sam Okoye");
  await page.getByRole("button", { name: "Add article" }).click();
  await page.getByRole("region", { name: "Added “Bus fares rise again”" }).getByRole("link", { name: "Open the article" }).click();
  await expect(page.getByRole("heading", { name: "Bus fares rise again", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Text (version 1)")).toHaveValue(/^Bus fares rise again\n\nFares will rise by 10p in May/);

  await page.getByRole("link", { name: "Article library" }).click();
  // Newest first, after the sample article every new library starts with.
  await expect(page.getByRole("heading", { name: "Your articles (4)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([
    "Bus fares rise again",
    DOCX_TITLE,
    HTML_TITLE,
    "Lavrov on the confusion in the Trump administration",
  ]);

  // The exercise: the web page, one tag renamed, one added that needs a note.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assignments" }).click();
  await page.getByRole("link", { name: "New assignment" }).click();
  await expect(page).toHaveURL(/\/assignments\/new$/);
  await expect(page.getByLabel("Class", { exact: true }).getByRole("option", { selected: true })).toHaveText(className);
  await page.getByLabel("Article", { exact: true }).selectOption({ label: HTML_TITLE });
  await page.getByLabel("Title", { exact: true }).fill("Who is speaking? The café vote");
  await page.getByLabel("Instructions (optional)").fill("Tag every quote and every opinion. Say why each piece of spin is spin.");
  // 17:00 on a December evening in New York, which is 22:00 UTC.
  await expect(page.getByLabel("Due (optional)")).toHaveAccessibleDescription("In your time zone, America/New_York.");
  await page.getByLabel("Due (optional)").fill("2031-12-03T17:00");
  await page.getByLabel("Tag 1 name").fill("Direct quote");
  await page.getByRole("button", { name: "Add a tag" }).click();
  await page.getByLabel("Tag 5 name").fill("Spin");
  await page.getByRole("checkbox", { name: "needs a note (Spin)" }).check();
  await page.getByRole("radio", { name: "After each student submits" }).check();
  // Told about the students, in the teacher's voice.
  await expect(page.getByText("Each student sees classmates’ highlights once they have submitted their own; after looking, they can no longer take their work back.")).toBeVisible();
  await page.getByRole("button", { name: "Create assignment" }).click();

  await expect(page.getByRole("heading", { name: "Who is speaking? The café vote", level: 1 })).toBeVisible();
  const views = page.getByRole("navigation", { name: "Assignment views" });
  await expect(views.getByRole("link", { name: "Progress" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Progress", level: 2 })).toBeVisible();
  await expect(page.getByText("due Wed, Dec 3, 5:00 PM EST")).toBeVisible();
  // Nobody has joined yet: the code to give out, and a button that copies it.
  await expect(page.getByText("No students have joined this class yet.")).toBeVisible();
  await expect(page.getByText(`Students join at /join with the code ${joinCode}`)).toBeVisible();
  await page.getByRole("button", { name: "Copy join code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied the join code." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(joinCode);
  await expectNoViolations(page);
  await expect(page.getByText(`Article: ${HTML_TITLE} (version 1)`)).toBeVisible();

  // What was saved is what was chosen.
  const assignmentId = new URL(page.url()).pathname.split("/").pop()!;
  const saved = AssignmentDto.parse(await (await page.request.get(`/api/assignments/${assignmentId}`)).json());
  expect(saved.dueAt).toBe("2031-12-03T22:00:00.000Z");
  expect(saved.className).toBe(className);
  expect(saved.revealPolicy).toBe("AFTER_SUBMIT");
  expect(saved.tags.map((t) => [t.id, t.label, t.requiresNote])).toEqual([
    ["quote", "Direct quote", false],
    ["opinion", "Opinion", false],
    ["loaded_language", "Loaded language", false],
    ["factual_claim", "Factual claim", false],
    ["spin", "Spin", true],
  ]);

  // The settings show the due date as it was typed, on the same clock.
  await views.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByLabel("Due (optional)")).toHaveValue("2031-12-03T17:00");

  // The reader keeps the page's structure: the headline is a heading, the caption a caption, the rest paragraphs.
  await views.getByRole("link", { name: "Answer key" }).click();
  const article = page.getByRole("textbox", { name: `Article: ${HTML_TITLE}` });
  // One level below the page's own h1, which stays the only one.
  await expect(article.locator("h2")).toHaveText("Council votes to save Rosa’s Café");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(article.locator("p")).toHaveCount(13);
  await expect(article.locator("p.block-caption")).toHaveText("Rosa Díaz outside the café on Tuesday. Photo: Riverside Gazette");
  await expect(article.locator("p").nth(2)).toHaveText(/^The town council voted 7–2 on Tuesday night/);
  await expect(article.locator("p.block-quote")).toHaveText(["This café is the town’s living room. Losing it would be a disgrace.", "Councillor James Okafor"]);
  await expect(article.locator("p.block-list-item")).toHaveCount(3);
  await expect(article).not.toContainText("MUST NOT APPEAR");
});
