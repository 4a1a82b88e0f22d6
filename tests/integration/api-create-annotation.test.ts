import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser, enroll, locatePhrase } from "@/prisma/seed/factories";
import { ANNOTATION_KEYS, expectError, UUID_PATTERN, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture, type Person } from "./support/class-fixture";
import { countAnnotations, expectNothingChanged, openTestDatabase } from "./support/database";
import { signIn, type HttpSession } from "../support/http-session";

let db: PrismaClient;
let fx: ClassFixture;
let text: string;
let studentA1: HttpSession;
let studentA2: HttpSession;
let teacherA: HttpSession;
let studentB: HttpSession;
let teacherB: HttpSession;

const annotationsOf = (assignmentId: string) => `/api/assignments/${assignmentId}/annotations`;
const at = (phrase: string, occurrence = 1) => locatePhrase(text, phrase, occurrence);

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "create");
  text = fx.article.text;
  ({ studentA1, studentA2, teacherA, studentB, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

function post(session: HttpSession, body: unknown, assignmentId = fx.assignmentA.id) {
  return session.post<AnnotationBody>(annotationsOf(assignmentId), body);
}

/** The prefix and suffix the API promises: up to 32 UTF-16 units each side, never half a character. */
function expectedContext(start: number, end: number) {
  const isLow = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) && /[\uD800-\uDBFF]/.test(text[i - 1]!);
  let from = Math.max(0, start - 32);
  if (isLow(from)) from += 1;
  let to = Math.min(text.length, end + 32);
  if (isLow(to)) to -= 1;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

async function storedRow(id: string) {
  return db.annotation.findUniqueOrThrow({ where: { id }, include: { submission: true } });
}

describe("POST /api/assignments/{id}/annotations: saving a highlight", () => {
  it("a student saves a tagged highlight: 201 with exact, prefix and suffix computed from the article", async () => {
    const id = crypto.randomUUID();
    const range = at("a disastrous loss of green space");
    const before = Date.now();
    const response = await post(studentA1, { id, ...range, tag: "loaded_language", note: "“Disastrous” tells us how to feel." });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(ANNOTATION_KEYS);
    expect(response.body).toMatchObject({
      id,
      ...range,
      exact: "a disastrous loss of green space",
      ...expectedContext(range.start, range.end),
      tag: "loaded_language",
      note: "“Disastrous” tells us how to feel.",
    });
    expect(response.body.prefix).toHaveLength(32);
    expect(response.body.suffix).toHaveLength(32);
    expect(Date.parse(response.body.createdAt)).toBeGreaterThanOrEqual(before - 5_000);
    expect(response.body.updatedAt).toBe(response.body.createdAt);

    const row = await storedRow(id);
    expect(row).toMatchObject({ ...range, exact: response.body.exact, prefix: response.body.prefix, suffix: response.body.suffix, tag: "loaded_language" });
    expect(row.submission).toMatchObject({ userId: fx.studentA1.id, assignmentId: fx.assignmentA.id, status: "DRAFT" });
  });

  it("without an id the server makes one, and the row is stored under it", async () => {
    const response = await post(studentA1, { ...at("ending a two-year dispute"), tag: "factual_claim" });
    expect(response.status).toBe(201);
    expect(response.body.id).toMatch(UUID_PATTERN);
    expect((await storedRow(response.body.id)).exact).toBe("ending a two-year dispute");
    expect(response.body.note).toBeNull();
  });

  it("offsets are UTF-16 units of the canonical text: accented letters, an emoji and text after CRLF line ends line up", async () => {
    const cases = [
      { ...at("Inès Dubois"), exact: "Inès Dubois" },
      { ...at("🌳"), exact: "🌳" },
      { start: text.indexOf("😠") - 10, end: text.indexOf("😠") + 2, exact: "the start 😠" },
      { ...at("€1.2 million"), exact: "€1.2 million" },
      { ...at("naïve hopes"), exact: "naïve hopes" },
    ];
    expect(text.indexOf("🌳") + 2).toBe(at("🌳").end); // an emoji is two units long
    for (const { start, end, exact } of cases) {
      const response = await post(studentA2, { id: crypto.randomUUID(), start, end, tag: "quote" });
      expect(response.status, exact).toBe(201);
      expect(response.body.exact).toBe(exact);
      expect(response.body.exact).toBe(text.slice(start, end));
      expect(response.body).toMatchObject(expectedContext(start, end));
    }
  });

  it("a highlight at the very start has an empty prefix, one at the very end an empty suffix", async () => {
    const first = await post(studentA2, { ...at("Riverside Café"), tag: "quote" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ start: 0, prefix: "", exact: "Riverside Café", suffix: text.slice(14, 46) });
    const last = await post(studentA2, { ...at("€1.2 million."), tag: "factual_claim" });
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({ end: text.length, suffix: "", prefix: text.slice(text.length - 13 - 32, text.length - 13) });
  });

  it("prefix and suffix never cut an emoji in half: they shrink to 31 units instead", async () => {
    const emoji = text.indexOf("😠");
    // 32 units before `start` falls between the emoji's two halves.
    const afterStart = emoji + 1 + 32;
    const after = await post(studentA2, { start: afterStart, end: afterStart + 11, tag: "opinion" });
    expect(after.status).toBe(201);
    expect(after.body.prefix).toBe(text.slice(emoji + 2, afterStart));
    expect(after.body.prefix).toHaveLength(31);
    // 32 units after `end` falls between the emoji's two halves.
    const beforeEnd = emoji + 1 - 32;
    const before = await post(studentA2, { start: beforeEnd - 10, end: beforeEnd, tag: "opinion" });
    expect(before.status).toBe(201);
    expect(before.body.suffix).toBe(text.slice(beforeEnd, emoji));
    expect(before.body.suffix).toHaveLength(31);
    // No lone half of a surrogate pair at either edge.
    for (const part of [after.body.prefix, before.body.suffix]) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it("highlights may overlap: the same span can be a quote and loaded language", async () => {
    const range = at("a triumph for common sense");
    const quote = await post(studentA1, { ...range, tag: "quote" });
    const loaded = await post(studentA1, { ...range, tag: "loaded_language" });
    expect([quote.status, loaded.status]).toEqual([201, 201]);
    expect(quote.body.id).not.toBe(loaded.body.id);
    expect(await db.annotation.count({ where: { id: { in: [quote.body.id, loaded.body.id] } } })).toBe(2);
  });

  it("a note is stored as plain text: CRLF becomes LF, and '<' that is not a tag is kept", async () => {
    const response = await post(studentA1, { ...at("7–2"), tag: "factual_claim", note: "Close vote?\r\nCheck: 7 < 9 members, and I <3 local news." });
    expect(response.status).toBe(201);
    expect(response.body.note).toBe("Close vote?\nCheck: 7 < 9 members, and I <3 local news.");
    expect((await storedRow(response.body.id)).note).toBe(response.body.note);
  });

  it("a note of only white space is stored as no note", async () => {
    const response = await post(studentA1, { ...at("Tuesday"), tag: "factual_claim", note: "  \n\t " });
    expect(response.status).toBe(201);
    expect(response.body.note).toBeNull();
  });

  it("a note of exactly 2000 characters is accepted", async () => {
    const note = "Why this is loaded: ".padEnd(2000, "é");
    const response = await post(studentA1, { ...at("opponents warned"), tag: "quote", note });
    expect(response.status).toBe(201);
    expect(response.body.note).toHaveLength(2000);
  });

  it("the first highlight makes one draft submission; later ones reuse it", async () => {
    const student = fx.studentA2;
    const session = studentA2;
    await post(session, { ...at("Construction is expected"), tag: "evidence" }, fx.assignmentA2.id).then((r) => expect(r.status).toBe(201));
    await post(session, { ...at("cost €1.2 million"), tag: "evidence" }, fx.assignmentA2.id).then((r) => expect(r.status).toBe(201));
    const submissions = await db.submission.findMany({ where: { assignmentId: fx.assignmentA2.id, userId: student.id } });
    expect(submissions).toHaveLength(1);
    expect(submissions[0]!.status).toBe("DRAFT");
  });
});

describe("POST /api/assignments/{id}/annotations: saves at the same moment", () => {
  it("several first highlights sent at once all succeed and share one new submission", async () => {
    // A fresh student, so that none of these finds a submission already there.
    const newcomer = await createUser(db, { email: `newcomer-${crypto.randomUUID()}@northfield-high.test`, name: "Noa Levi", role: "STUDENT", password: "newcomer-password" });
    await enroll(db, fx.classA.id, newcomer.id, "STUDENT");
    const session = await signIn(newcomer.email!, "newcomer-password");
    const phrases = ["Critics, however", "the survey was rigged", "green space", "approve a new café", "voted 7–2 on Tuesday", "Construction is expected"];
    const answers = await Promise.all(phrases.map((phrase) => post(session, { ...at(phrase), tag: "quote" })));
    expect(answers.map((a) => a.status)).toEqual(phrases.map(() => 201));
    const submissions = await db.submission.findMany({ where: { assignmentId: fx.assignmentA.id, userId: newcomer.id }, include: { annotations: true } });
    expect(submissions).toHaveLength(1);
    expect(submissions[0]!.annotations.map((a) => a.exact).sort()).toEqual([...phrases].sort());
  });
});

describe("POST /api/assignments/{id}/annotations: who may save", () => {
  it("the class's teacher saves highlights of their own (their answer key), never into a student's work", async () => {
    const id = crypto.randomUUID();
    const response = await post(teacherA, { id, ...at("rigged"), tag: "loaded_language" });
    expect(response.status).toBe(201);
    expect((await storedRow(id)).submission.userId).toBe(fx.teacherA.id);
    const classScope = await teacherA.get<AnnotationBody[]>(`${annotationsOf(fx.assignmentA.id)}?scope=class`);
    expect(classScope.body.map((a) => a.id)).not.toContain(id);
  });

  it("a student of another class gets 404 for this assignment and nothing is stored", async () => {
    const response = await expectNothingChanged(db, () => post(studentB, { ...at("rigged"), tag: "loaded_language" }));
    expectError(response, 404, "not_found");
  });

  it("another class's teacher gets 404 and nothing is stored", async () => {
    expectError(await expectNothingChanged(db, () => post(teacherB, { ...at("rigged"), tag: "loaded_language" })), 404, "not_found");
  });

  it("an assignment id that does not exist, or is malformed, is 404 and nothing is stored", async () => {
    const body = { ...at("rigged"), tag: "loaded_language" };
    expectError(await expectNothingChanged(db, () => post(studentA1, body, crypto.randomUUID())), 404, "not_found");
    expectError(await expectNothingChanged(db, () => post(studentA1, body, "not-an-assignment")), 404, "not_found");
  });

  it("handed-in work cannot gain highlights: 409 and nothing is stored", async () => {
    const student: Person = fx.studentB;
    const first = await post(studentB, { ...at("According to the council's own survey"), tag: "factual_claim" }, fx.assignmentB.id);
    expect(first.status).toBe(201);
    await db.submission.update({
      where: { assignmentId_userId: { assignmentId: fx.assignmentB.id, userId: student.id } },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    const response = await expectNothingChanged(db, () => post(studentB, { ...at("64% of residents"), tag: "factual_claim" }, fx.assignmentB.id));
    expectError(response, 409, "work_submitted");
  });
});

describe("POST /api/assignments/{id}/annotations: malformed requests change nothing", () => {
  const raw = (body: string | Uint8Array<ArrayBuffer>, contentType = "application/json") =>
    studentA1.post(annotationsOf(fx.assignmentA.id), undefined, { raw: body, headers: { "content-type": contentType } });

  it.each([
    ["truncated JSON", '{"start": 10, "end": 20, "tag": "quote"'],
    ["a trailing comma", '{"start": 10, "end": 20, "tag": "quote",}'],
    ["single quotes", "{'start': 10, 'end': 20, 'tag': 'quote'}"],
    ["form encoding", "start=10&end=20&tag=quote"],
    ["an empty body", ""],
    ["white space only", "  \n "],
  ])("%s is 400 malformed_json", async (_what, body) => {
    expectError(await expectNothingChanged(db, () => raw(body)), 400, "malformed_json");
  });

  it("a body that is not UTF-8 is 400 and nothing is stored", async () => {
    const response = await expectNothingChanged(db, () => raw(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])));
    expectError(response, 400, "malformed_body");
  });

  it("a body over 16 KB is 413 payload_too_large and nothing is stored", async () => {
    const body = JSON.stringify({ ...at("rigged"), tag: "loaded_language", note: "x".repeat(16 * 1024) });
    expectError(await expectNothingChanged(db, () => raw(body)), 413, "payload_too_large");
  });

  it("a body over 16 KB sent without a Content-Length (chunked) is 413 too", async () => {
    const chunk = new TextEncoder().encode("x".repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"start":1,"end":5,"tag":"quote","note":"'));
        if (sent++ < 20) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
        }
      },
    });
    const response = await expectNothingChanged(db, () =>
      studentA1.post(annotationsOf(fx.assignmentA.id), undefined, { raw: stream, headers: { "content-type": "application/json" } }),
    );
    expectError(response, 413, "payload_too_large");
  });

  it("a body of exactly 16 KB is read (and judged on its content, not refused as too large)", async () => {
    const prefix = JSON.stringify({ ...at("rigged"), tag: "loaded_language", note: "" }).slice(0, -3); // ends in "note":
    const body = `${prefix}"${"y".repeat(16 * 1024 - prefix.length - 3)}"}`;
    expect(new TextEncoder().encode(body).byteLength).toBe(16 * 1024);
    // Its note is far over 2000 characters, so it is refused, but as invalid, not as too large.
    expectError(await expectNothingChanged(db, () => raw(body)), 422, "validation_failed");
  });
});

describe("POST /api/assignments/{id}/annotations: invalid annotations are 422 and change nothing", () => {
  const split = () => text.indexOf("🌳") + 1;
  const cases: [string, () => unknown][] = [
    ["start equal to end", () => ({ start: 40, end: 40, tag: "quote" })],
    ["start after end", () => ({ start: 50, end: 40, tag: "quote" })],
    ["end past the article's end", () => ({ start: text.length - 8, end: text.length + 1, tag: "quote" })],
    ["a negative start", () => ({ start: -1, end: 10, tag: "quote" })],
    ["a fractional start", () => ({ start: 40.5, end: 50, tag: "quote" })],
    ["a fractional end", () => ({ start: 40, end: 49.99, tag: "quote" })],
    ["offsets given as strings", () => ({ start: "40", end: "50", tag: "quote" })],
    ["a huge end", () => ({ start: 0, end: 1e12, tag: "quote" })],
    ["a start that splits an emoji's surrogate pair", () => ({ start: split(), end: split() + 10, tag: "quote" })],
    ["an end that splits an emoji's surrogate pair", () => ({ start: split() - 10, end: split(), tag: "quote" })],
    ["a range of only white space (a paragraph break)", () => ({ ...at("\n\n"), tag: "quote" })],
    ["a range of one space", () => ({ start: at("Riverside Café").end, end: at("Riverside Café").end + 1, tag: "quote" })],
    ["an unknown tag", () => ({ ...at("rigged"), tag: "propaganda" })],
    ["a tag in another case", () => ({ ...at("rigged"), tag: "Quote" })],
    ["an empty tag", () => ({ ...at("rigged"), tag: "" })],
    ["no tag", () => ({ ...at("rigged") })],
    ["no start", () => ({ end: 10, tag: "quote" })],
    ["a note over 2000 characters", () => ({ ...at("rigged"), tag: "quote", note: "a".repeat(2001) })],
    ["a note with a script tag", () => ({ ...at("rigged"), tag: "quote", note: "<script>alert('hi')</script>" })],
    ["a note with an HTML image", () => ({ ...at("rigged"), tag: "quote", note: 'see <img src=x onerror="alert(1)">' })],
    ["a note with an HTML comment", () => ({ ...at("rigged"), tag: "quote", note: "hidden <!-- comment" })],
    ["a note with a NUL character", () => ({ ...at("rigged"), tag: "quote", note: "before\u0000after" })],
    ["a note with a bell character", () => ({ ...at("rigged"), tag: "quote", note: "ding\u0007" })],
    ["a note with half an emoji (a lone surrogate)", () => ({ ...at("rigged"), tag: "quote", note: "bad \uD83D here" })],
    ["a note with a right-to-left override", () => ({ ...at("rigged"), tag: "quote", note: "evil\u202Etxt.exe" })],
    ["a note that is a number", () => ({ ...at("rigged"), tag: "quote", note: 42 })],
    ["an unknown extra field", () => ({ ...at("rigged"), tag: "quote", colour: "red" })],
    ["an exact supplied by the client", () => ({ ...at("rigged"), tag: "quote", exact: "something else" })],
    ["an id that is not a UUID", () => ({ id: "annotation-1", ...at("rigged"), tag: "quote" })],
    ["a JSON array", () => [{ ...at("rigged"), tag: "quote" }]],
    ["JSON null", () => null],
    ["a JSON string", () => "rigged"],
  ];

  it.each(cases)("%s is 422 validation_failed", async (_what, body) => {
    const response = await expectNothingChanged(db, () =>
      studentA1.post(annotationsOf(fx.assignmentA.id), undefined, { raw: JSON.stringify(body()), headers: { "content-type": "application/json" } }),
    );
    expectError(response, 422, "validation_failed");
  });

  it("a tag from the default set is refused on an assignment whose tag set does not offer it", async () => {
    const response = await expectNothingChanged(db, () => post(studentA1, { ...at("rigged"), tag: "opinion" }, fx.assignmentA2.id));
    const { error } = expectError(response, 422, "validation_failed");
    expect(error.message).toContain("loaded_language, evidence");
  });

  it("the 422 message names the problem", async () => {
    const range = expectError(await post(studentA1, { ...at("rigged"), end: at("rigged").start, tag: "quote" }), 422, "validation_failed");
    expect(range.error.message).toMatch(/start must be less than end/);
    const note = expectError(await post(studentA1, { ...at("rigged"), tag: "quote", note: "<b>bold</b>" }), 422, "validation_failed");
    expect(note.error.message).toMatch(/note.*plain text/);
  });

  it("after all the refused requests, the student's stored annotations are only the ones that were accepted", async () => {
    const listed = await studentA1.get<AnnotationBody[]>(annotationsOf(fx.assignmentA.id));
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(await countAnnotations(db, fx.assignmentA.id, fx.studentA1.id));
    for (const annotation of listed.body) expect(annotation.exact).toBe(text.slice(annotation.start, annotation.end));
    expect(listed.body.map((a) => a.note)).not.toContain("before\u0000after");
  });
});
