import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { canonicalizePlainText } from "./canonical-text";
import { importPlainText } from "./import-plain-text";

const refusal = (raw: string) => {
  try {
    importPlainText(raw);
  } catch (error) {
    if (error instanceof ValidationFailed) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error("expected importPlainText to refuse the text");
};

describe("importPlainText", () => {
  it("turns CRLF into LF, trims the ends and keeps the rest exactly, with no title, author, date or blocks", () => {
    expect(importPlainText("\r\n  Headline\r\n\r\nFirst line\r\nsecond line \r\n")).toEqual({
      title: null,
      author: null,
      publishedOn: null,
      text: "Headline\n\nFirst line\nsecond line",
      blocks: null,
      format: "TEXT",
    });
  });

  it("keeps emoji, accents and typographic marks with their UTF-16 offsets", () => {
    const { text } = importPlainText("Café 👩‍🏫 — “quoted” a < b, I <3 it");
    expect(text).toBe("Café 👩‍🏫 — “quoted” a < b, I <3 it");
    expect(text.slice(text.indexOf("—"), text.indexOf("—") + 1)).toBe("—");
  });

  it("leaves the text exactly as canonicalizePlainText does, for any acceptable text", () => {
    const piece = fc.constantFrom("x", "Z", " ", "\t", "\n", "\r\n", "\r", "\n\n", "é", "😀", "“", "<", "3", ">");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }).map((p) => `x${p.join("")}`), (raw) => {
        expect(importPlainText(raw).text).toBe(canonicalizePlainText(raw));
      }),
    );
  });

  it("refuses HTML with 422, pointing to the .html upload", () => {
    for (const html of ["<p>Hello</p>", "Intro\n<script>alert(1)</script>", '<a href="/x">link</a>', "<!DOCTYPE html>\nHi", "a<br/>b", "<!-- note -->"]) {
      expect(refusal(html)).toEqual({ status: 422, message: "This looks like HTML; upload it as an .html file instead." });
    }
  });

  it("refuses text that is empty or only white space", () => {
    expect(refusal(" \r\n\t ").message).toMatch(/empty/);
  });

  it("accepts 200,000 characters and refuses 200,001", () => {
    expect(importPlainText("a".repeat(200_000)).text).toHaveLength(200_000);
    expect(refusal("a".repeat(200_001)).message).toBe(
      "The article is too long: it has 200,001 characters and the limit is 200,000.",
    );
  });

  it("refuses control characters and NUL, saying on which line, but accepts tabs", () => {
    expect(importPlainText("a\tb").text).toBe("a\tb");
    expect(refusal("one\ntwo\u0000").message).toMatch(/control character \(on line 2\)/);
    expect(refusal("form\ffeed").message).toMatch(/control character/);
    expect(refusal("bell\u0007").message).toMatch(/control character/);
  });

  it("refuses half of an emoji", () => {
    expect(refusal("broken \uD83D here").message).toMatch(/half of an emoji/);
    expect(refusal("broken \uDE00").message).toMatch(/half of an emoji/);
  });
});
