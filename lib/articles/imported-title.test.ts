import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { checkImportedTitle, importedTitle } from "./imported-title";

describe("importedTitle", () => {
  it.each([
    ["Kitchen <b>sink</b> <script>alert(101)</script>", "Kitchen sink"],
    ["<i>Breaking</i>: the <span>bridge</span> reopens", "Breaking: the bridge reopens"],
    ["Fish &amp; chips <br> tonight", "Fish & chips tonight"],
    ["Line one\nline two", "Line one line two"],
    ["Readers <3 the café, and 3 < 5", "Readers <3 the café, and 3 < 5"],
    ["Tom &amp; Jerry", "Tom &amp; Jerry"],
  ])("makes %j plain text: %j", (raw, title) => expect(importedTitle(raw)).toBe(title));

  it.each([null, undefined, "", "\u200B\u200B\u200B", "<script>alert(1)</script>", "<b>\u2060</b>"])("is null for %j, which shows nothing", (raw) => {
    expect(importedTitle(raw)).toBeNull();
  });

  it("cuts a long title to 300 characters without splitting an emoji", () => {
    expect(importedTitle("a".repeat(400))).toHaveLength(300);
    const cut = importedTitle(`${"a".repeat(299)}😀 and more`)!;
    expect(cut).toBe("a".repeat(299));
  });
});

describe("checkImportedTitle", () => {
  it("keeps a plain title", () => expect(checkImportedTitle("Kitchen sink")).toBe("Kitchen sink"));

  it.each([
    [null, "Give the article a title (the file has none)."],
    ["Kitchen \u202Eknis", "The file's title must not contain invisible text-direction controls: give the article a title of your own."],
    ["Kitchen \uD83D", "The file's title must not contain broken characters (half of an emoji): give the article a title of your own."],
  ])("refuses %j: %s", (title, message) => {
    const refusal = (() => {
      try {
        checkImportedTitle(title);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ValidationFailed);
    expect((refusal as ValidationFailed).message).toBe(message);
  });
});
