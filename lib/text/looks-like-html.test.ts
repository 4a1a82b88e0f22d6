import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "./looks-like-html";

describe("looksLikeHtml", () => {
  it.each(["<p>", "</div>", "<br/>", "<BR>", '<img src="x">', "<script>", "<!doctype html>", "<!-- c -->", "<a\nhref=x>"])(
    "is true for %j",
    (text) => expect(looksLikeHtml(`before ${text} after`)).toBe(true),
  );

  it.each(["a < b and c > d", "I <3 it", "<grin>", "x <y and z> w", "email <ann@example.org>", "-> <-"])(
    "is false for %j, which is text",
    (text) => expect(looksLikeHtml(text)).toBe(false),
  );
});
