import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendCommentLine, missedLine, quoteForComment } from "./comment-lines";

describe("appendCommentLine", () => {
  it("starts an empty comment with the line", () => {
    expect(appendCommentLine(null, "Missed: “a reckless waste” (Loaded language)")).toEqual({ comment: "Missed: “a reckless waste” (Loaded language)", appended: true });
    expect(appendCommentLine("", "Missed: x (Quote)")).toEqual({ comment: "Missed: x (Quote)", appended: true });
  });

  it("keeps what the teacher wrote and adds the line after it", () => {
    expect(appendCommentLine("Careful reading.\nSay who holds each opinion.", "Missed: “x” (Quote)")).toEqual({
      comment: "Careful reading.\nSay who holds each opinion.\nMissed: “x” (Quote)",
      appended: true,
    });
  });

  it("does not write a line that is already there, wherever it is and however it is padded", () => {
    const comment = "Good eye.\n  Missed: “x” (Quote)  \nSee me.";
    expect(appendCommentLine(comment, "Missed: “x” (Quote)")).toEqual({ comment, appended: false });
    expect(appendCommentLine("Good eye.\r\nMissed: “x” (Quote)", "Missed: “x” (Quote)").appended).toBe(false);
  });

  it("adds a line that only appears inside a longer one", () => {
    expect(appendCommentLine("Missed: “x” (Quote), and more", "Missed: “x” (Quote)").appended).toBe(true);
  });

  it("keeps every character of the existing comment, and holds the line once, whatever the comment (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).map((s) => s.trim()), fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim()), (existing, line) => {
        fc.pre(line.length > 0 && !line.includes("\n") && !line.includes("\r"));
        const once = appendCommentLine(existing, line);
        expect(once.comment.startsWith(existing)).toBe(true);
        const twice = appendCommentLine(once.comment, line);
        expect(twice).toEqual({ comment: once.comment, appended: false });
      }),
    );
  });
});

describe("quoteForComment and missedLine", () => {
  it("writes the missed line with the passage in curly quotes and the tag's name", () => {
    expect(missedLine("a reckless waste\nof public money", "Loaded language")).toBe("Missed: “a reckless waste of public money” (Loaded language)");
  });

  it("keeps a short passage whole and cuts a long one at a word", () => {
    expect(quoteForComment("twice the first estimate")).toBe("twice the first estimate");
    const long = "word ".repeat(60).trim();
    const quoted = quoteForComment(long, 22);
    expect(quoted).toBe("word word word word…");
  });

  it("never splits an emoji in two (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const quoted = quoteForComment(text, max);
        expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(Array.from(quoted.replace(/…$/, "")).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
