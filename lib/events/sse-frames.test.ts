import { describe, expect, it } from "vitest";
import { sseComment, sseEvent, sseRetry } from "./sse-frames";

describe("server-sent event frames", () => {
  it("an event is its name and one line of JSON data, ended by a blank line", () => {
    expect(sseEvent("change", { changes: [{ kind: "submission" }] })).toBe('event: change\ndata: {"changes":[{"kind":"submission"}]}\n\n');
  });

  it("data with a newline in a string stays on one line (JSON escapes it)", () => {
    expect(sseEvent("x", { note: "a\nb" }).split("\n")).toEqual(["event: x", 'data: {"note":"a\\nb"}', "", ""]);
  });

  it("a comment cannot end its own frame early", () => {
    expect(sseComment("keep\n\nalive")).toBe(": keep alive\n\n");
  });

  it("the retry hint is whole milliseconds", () => {
    expect(sseRetry(2000.4)).toBe("retry: 2000\n\n");
  });
});
