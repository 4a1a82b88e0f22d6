import { afterEach, describe, expect, it, vi } from "vitest";
import { appendToOverallComment, markHighlight } from "./key-feedback-actions";

const ASSIGNMENT = "10000000-0000-4000-8000-000000000001";
const STUDENT = "20000000-0000-4000-8000-000000000002";
const HIGHLIGHT = "30000000-0000-4000-8000-000000000003";

interface Call {
  method: string;
  url: string;
  body: unknown;
}

/** A fetch that answers each "METHOD url" from `routes` and records what was sent. */
function fakeApi(routes: Record<string, { status: number; body?: unknown }>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    const method = init.method ?? "GET";
    calls.push({ method, url, body: init.body === undefined ? undefined : JSON.parse(String(init.body)) });
    const answer = routes[`${method} ${url}`];
    if (!answer) throw new Error(`unexpected ${method} ${url}`);
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { "content-type": "application/json" } });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const submissionUrl = `/api/assignments/${ASSIGNMENT}/submissions/${STUDENT}`;
const submission = (comment: string | null) => ({ status: 200, body: { feedback: comment === null ? null : { comment, score: 7 } } });
const line = "Missed: “a reckless waste” (Loaded language)";

describe("appendToOverallComment", () => {
  it("reads the comment first and writes it back with the line added, sending only the comment and the one it read (so a comment changed meanwhile is refused, not overwritten)", async () => {
    const calls = fakeApi({ [`GET ${submissionUrl}`]: submission("Careful reading."), [`PUT ${submissionUrl}/feedback`]: { status: 200, body: {} } });
    await expect(appendToOverallComment(ASSIGNMENT, STUDENT, line)).resolves.toEqual({ ok: true, text: "Added to the overall comment." });
    expect(calls.map((c) => c.method)).toEqual(["GET", "PUT"]);
    expect(calls[1]!.body).toEqual({ comment: `Careful reading.\n${line}`, expectedComment: "Careful reading." });
  });

  it("writes nothing when the line is already in the comment", async () => {
    const calls = fakeApi({ [`GET ${submissionUrl}`]: submission(`Careful reading.\n${line}`) });
    await expect(appendToOverallComment(ASSIGNMENT, STUDENT, line)).resolves.toEqual({ ok: true, text: "Already in the overall comment." });
    expect(calls.map((c) => c.method)).toEqual(["GET"]);
  });

  it("starts a comment when there is no feedback yet", async () => {
    const calls = fakeApi({ [`GET ${submissionUrl}`]: submission(null), [`PUT ${submissionUrl}/feedback`]: { status: 200, body: {} } });
    await appendToOverallComment(ASSIGNMENT, STUDENT, line);
    expect(calls[1]!.body).toEqual({ comment: line, expectedComment: null });
  });

  it("says what the API said when reading or writing fails", async () => {
    fakeApi({ [`GET ${submissionUrl}`]: { status: 404, body: { error: { message: "The student was not found." } } } });
    await expect(appendToOverallComment(ASSIGNMENT, STUDENT, line)).resolves.toEqual({ ok: false, text: "The student was not found." });
    fakeApi({
      [`GET ${submissionUrl}`]: submission("Good."),
      [`PUT ${submissionUrl}/feedback`]: { status: 409, body: { error: { message: "This student has not started the assignment." } } },
    });
    await expect(appendToOverallComment(ASSIGNMENT, STUDENT, line)).resolves.toEqual({ ok: false, text: "This student has not started the assignment." });
  });

  it("refuses to write a comment longer than the API keeps, changing nothing", async () => {
    const calls = fakeApi({ [`GET ${submissionUrl}`]: submission("x".repeat(3990)) });
    const outcome = await appendToOverallComment(ASSIGNMENT, STUDENT, line);
    expect(outcome.ok).toBe(false);
    expect(outcome.text).toMatch(/longer than 4000 characters/);
    expect(calls.map((c) => c.method)).toEqual(["GET"]);
  });
});

describe("markHighlight", () => {
  const listUrl = `/api/assignments/${ASSIGNMENT}/annotations?student=${STUDENT}`;
  const feedbackUrl = `/api/annotations/${HIGHLIGHT}/feedback`;
  const highlight = (feedback: unknown, deletedAt: string | null = null) => ({ status: 200, body: [{ id: HIGHLIGHT, feedback, deletedAt }] });

  it("gives the verdict with the line as its comment", async () => {
    const calls = fakeApi({ [`GET ${listUrl}`]: highlight(null), [`PUT ${feedbackUrl}`]: { status: 200, body: {} } });
    await expect(markHighlight(ASSIGNMENT, STUDENT, HIGHLIGHT, "DISAGREE", "Not in the answer key.")).resolves.toEqual({ ok: true, text: "Marked Disagree." });
    expect(calls[1]!.body).toEqual({ verdict: "DISAGREE", comment: "Not in the answer key." });
  });

  it("keeps the teacher's comment on the highlight and says which verdict it replaced", async () => {
    const calls = fakeApi({ [`GET ${listUrl}`]: highlight({ verdict: "AGREE", comment: "Nice find." }), [`PUT ${feedbackUrl}`]: { status: 200, body: {} } });
    await expect(markHighlight(ASSIGNMENT, STUDENT, HIGHLIGHT, "DISAGREE", "Not in the answer key.")).resolves.toEqual({
      ok: true,
      text: "Marked Disagree (was Agree); your comment is kept.",
    });
    expect(calls[1]!.body).toEqual({ verdict: "DISAGREE", comment: "Nice find.\nNot in the answer key." });
  });

  it("writes nothing when the highlight already has that verdict and line", async () => {
    const calls = fakeApi({ [`GET ${listUrl}`]: highlight({ verdict: "DISAGREE", comment: "Not in the answer key." }) });
    await expect(markHighlight(ASSIGNMENT, STUDENT, HIGHLIGHT, "DISAGREE", "Not in the answer key.")).resolves.toEqual({ ok: true, text: "Already marked Disagree." });
    expect(calls).toHaveLength(1);
  });

  it("says so when the student has deleted the highlight, without writing", async () => {
    const calls = fakeApi({ [`GET ${listUrl}`]: highlight(null, "2026-01-01T00:00:00.000Z") });
    const outcome = await markHighlight(ASSIGNMENT, STUDENT, HIGHLIGHT, "DISAGREE", "Not in the answer key.");
    expect(outcome).toEqual({ ok: false, text: "The student has deleted this highlight since the comparison was loaded." });
    expect(calls).toHaveLength(1);
  });

  it("shows the API's message when the verdict is refused", async () => {
    fakeApi({ [`GET ${listUrl}`]: highlight(null), [`PUT ${feedbackUrl}`]: { status: 403, body: { error: { message: "Only the class's teacher can give feedback." } } } });
    await expect(markHighlight(ASSIGNMENT, STUDENT, HIGHLIGHT, "PARTLY", "x")).resolves.toEqual({ ok: false, text: "Only the class's teacher can give feedback." });
  });
});
