import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ErrorBody } from "@/lib/http/error-response";
import { API_OPERATIONS, type ApiOperation } from "@/lib/http/openapi/api-catalogue";
import { createAnnotationRecord, locatePhrase } from "@/prisma/seed/factories";
import type { ApiResponse, HttpSession } from "../support/http-session";
import { joinCodeOf, newPassword, uniqueEmail, uniqueUsername } from "./support/account-data";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { articleForm, encodeForm } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";
import { anyJson, nastyString, pathSegment, shortNastyString, toJsonText, withEveryStringNasty, withOneFieldWrong } from "./support/fuzz-values";
import { w3cDocument } from "../support/w3c-document";

/** Fixed, so a failure replays: fast-check prints this seed and the shrunk counterexample. */
const FUZZ_SEED = 20_261_201;
const RUNS_PER_BODY_OPERATION = 40;
/** Without a body only the path and the actor vary, so fewer runs cover them. */
const RUNS_PER_OPERATION = 12;
/** Sign-up and join codes are rate-limited per address; fewer runs there keep this file out of other files' way. */
const RUNS_PER_LIMITED_OPERATION = 8;
/** Its own client address, for per-address rate limits (honoured behind `next start`). */
const FUZZ_ADDRESS = "198.51.100.77";

let db: PrismaClient;
let fx: ClassFixture;
let teacher: HttpSession;
let student: HttpSession;
let ids: { class: string; article: string; assignment: string; annotation: string; student: string };
let samples: Record<string, unknown>;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "fuzz");
  [teacher, student] = await Promise.all([fx.signIn(fx.teacherA), fx.signIn(fx.studentA1)]);
  const annotation = await createAnnotationRecord(db, {
    assignmentId: fx.assignmentA.id, userId: fx.studentA1.id, text: fx.article.text, ...locatePhrase(fx.article.text, "rigged"), tag: "opinion",
  });
  // studentA2 is the one removed or given a temporary password, so the signed-in student keeps working.
  ids = { class: fx.classA.id, article: fx.article.id, assignment: fx.assignmentA.id, annotation: annotation.id, student: fx.studentA2.id };
  const code = await joinCodeOf(db, fx.classA.id);
  const range = locatePhrase(fx.article.text, "survey");
  samples = {
    "POST /api/signup/teacher": { name: "Ada Lovelace", email: uniqueEmail("ada", "fuzz"), password: newPassword() },
    "POST /api/signup/student": { code, name: "Kofi Mensah", username: uniqueUsername("kofi"), password: newPassword() },
    // Never the real password: the teacher must stay signed in.
    "POST /api/account/password": { currentPassword: "not-the-password", newPassword: newPassword() },
    "POST /api/password-reset": { email: "nobody-at-all@northfield-high.test" },
    "POST /api/password-reset/confirm": { token: "a".repeat(43), newPassword: newPassword() },
    "POST /api/classes": { name: "Media Literacy 9B" },
    "POST /api/classes/join": { code },
    "PATCH /api/classes/{id}": { name: "Media Literacy 9A", archived: false },
    "POST /api/articles": { title: "Ferry fares", author: "Port reporter", sourceUrl: "https://news.test/ferry", publishedAt: "2026-03-14", text: "Fares will rise by 15% in June." },
    "PATCH /api/articles/{id}": { title: "Ferry fares", sourceUrl: "https://news.test/ferry", publishedAt: "2026-03-14" },
    "POST /api/assignments": {
      classId: ids.class, articleId: ids.article, title: "Who pays?", instructions: "Find the quotes.", dueAt: "2031-05-01T17:00:00Z",
      revealPolicy: "AFTER_DUE", showClassmateNames: true, tags: [{ label: "Spin", color: "blue", requiresNote: false }], scoreOutOf: 20,
    },
    "PATCH /api/assignments/{id}": { title: "Spot the spin", instructions: "Say why.", dueAt: "2031-03-14T15:00:00Z", revealPolicy: "AFTER_SUBMIT", scoreOutOf: 1000 },
    "GET /api/assignments/{id}/annotations": { scope: "class", student: ids.student, orphaned: "true" },
    "GET /api/assignments/{id}/compare": { tag: "opinion", includeDrafts: "true", consensus: "0.75" },
    "GET /api/assignments/{id}/export": { format: "csv", scope: "student", student: ids.student, pseudonymize: "1" },
    "POST /api/assignments/{id}/annotations": { ...range, tag: "factual_claim", note: "A number." },
    "POST /api/assignments/{id}/annotations/batch": { operations: [{ op: "create", id: "7b0e5f1c-2d3a-4b6c-9e8f-0a1b2c3d4e5f", ...range, tag: "opinion" }, { op: "update", id: ids.annotation, note: "Batched.", baseRevision: 1 }, { op: "delete", id: "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d" }] },
    // The teacher's key, so that an import never clears the student's highlight the later operations use.
    "POST /api/assignments/{id}/import": w3cDocument(fx.article.text, [{ phrase: "survey", tag: "factual_claim", note: "A number." }, { phrase: "rigged", tag: "loaded_language", id: "0d6c4f2e-9b1a-4c3d-8e5f-1a2b3c4d5e6f" }]),
    "PUT /api/assignments/{id}/submissions/{studentId}/feedback": { comment: "Good work.", score: 8, returned: false, locked: false, expectedComment: "Good work." },
    "PUT /api/assignments/{id}/answer-key": { enabled: false },
    "PATCH /api/annotations/{id}": { tag: "quote", note: "Changed my mind." },
    "PUT /api/annotations/{id}/feedback": { verdict: "PARTLY", comment: "Half right." },
    // The fixture's one version: a move to it re-anchors in place; the highlight is placed, so placing it is refused (409).
    "POST /api/assignments/{id}/article-version": { version: 1 },
    "POST /api/annotations/{id}/place": { ...range },
  };
});

afterAll(async () => {
  await db.$disconnect();
});

const key = (operation: ApiOperation) => `${operation.method} ${operation.path}`;

/** The fixed, valid query of an operation that takes a body and a query: the body is what varies. */
const QUERY_WITH_BODY: Record<string, Record<string, string>> = { "POST /api/assignments/{id}/import": { as: "key" } };
const shapeKeys = (schema: unknown): string[] =>
  schema !== null && typeof schema === "object" && "shape" in schema ? Object.keys((schema as { shape: object }).shape) : [];

const ID_KINDS: Record<string, keyof typeof ids> = { classes: "class", articles: "article", assignments: "assignment", annotations: "annotation" };

/** The path with each parameter filled: mostly the fixture's real id of that kind, else a random uuid or any string at all. */
function pathArbitrary(operation: ApiOperation): fc.Arbitrary<string> {
  const kindOf = (param: string) => (param === "studentId" ? "student" : ID_KINDS[operation.path.split("/")[2]!]!);
  const params = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const values = params.map((param) => fc.oneof({ weight: 4, arbitrary: fc.constant(ids[kindOf(param)]) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: shortNastyString }));
  return fc.tuple(...values).map((chosen) => params.reduce((path, param, i) => path.replace(`{${param}}`, pathSegment(chosen[i]!)), operation.path));
}

/** Most routes are the teacher's; the student is refused early by many, so is picked less. */
const actorArbitrary = fc.oneof({ weight: 2, arbitrary: fc.constant("teacher") }, { weight: 1, arbitrary: fc.constant("student") });

/** A body for the operation: the valid sample, one field of it wrong, every string in it nasty, or any JSON. */
function bodyArbitrary(operation: ApiOperation): fc.Arbitrary<unknown> {
  if (operation.query && !operation.body) return withOneFieldWrong(samples[key(operation)], shapeKeys(operation.query)).map(shortStrings);
  if (!operation.body) return fc.constant(undefined);
  const sample = samples[key(operation)] ?? {};
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(sample) },
    { weight: 6, arbitrary: withOneFieldWrong(sample, shapeKeys(operation.body)) },
    { weight: 1, arbitrary: withEveryStringNasty(sample) },
    { weight: 1, arbitrary: anyJson },
  );
}

/** A query's values cut short, so the request line stays under Node's header limit. */
const shortStrings = (query: unknown) =>
  query !== null && typeof query === "object" ? Object.fromEntries(Object.entries(query).map(([name, value]) => [name.slice(0, 40), String(typeof value === "string" ? value : JSON.stringify(value)).slice(0, 200)])) : query;

/** No 5xx, and every 4xx in the one JSON error shape. */
function expectNoServerError(response: ApiResponse, request: string): void {
  const detail = `${request} answered ${response.status}: ${response.text.slice(0, 300)}`;
  expect(response.status, detail).toBeLessThan(500);
  if (response.status < 400) return;
  expect(response.headers.get("content-type"), detail).toMatch(/^application\/json/);
  expect(ErrorBody.safeParse(response.body).success, detail).toBe(true);
}

/** Sent as a same-origin browser would, from the fuzz test's own address. */
const browserHeaders = (session: HttpSession) => ({ "x-forwarded-for": FUZZ_ADDRESS, origin: new URL(session.baseUrl).origin });

async function send(session: HttpSession, operation: ApiOperation, path: string, body: unknown): Promise<ApiResponse> {
  const headers = browserHeaders(session);
  const fixedQuery = QUERY_WITH_BODY[key(operation)];
  if (operation.query && !fixedQuery) {
    const query = new URLSearchParams(Object.entries(body ?? {}).map(([name, value]) => [name, String(value)]));
    return session.request(operation.method, `${path}?${query}`, { headers });
  }
  const target = fixedQuery ? `${path}?${new URLSearchParams(fixedQuery)}` : path;
  if (!operation.body) return session.request(operation.method, target, { headers });
  return session.request(operation.method, target, { raw: toJsonText(body), headers: { ...headers, "content-type": "application/json" } });
}

/** What a previous run may have changed that would stop the next from reaching deep: an archived class, handed-in work. */
async function restoreFixture(): Promise<void> {
  await db.class.update({ where: { id: ids.class }, data: { archivedAt: null } });
  await db.user.updateMany({ where: { id: { in: [fx.teacherA.id, fx.studentA1.id] } }, data: { mustChangePassword: false } });
  await db.submission.updateMany({ where: { assignmentId: ids.assignment }, data: { status: "DRAFT", submittedAt: null, returnedAt: null, locked: false } });
}

function runsFor(operation: ApiOperation): number {
  if (operation.path.startsWith("/api/signup/") || operation.path === "/api/classes/join") return RUNS_PER_LIMITED_OPERATION;
  return operation.body || operation.query ? RUNS_PER_BODY_OPERATION : RUNS_PER_OPERATION;
}

describe("random input never makes any route answer 5xx", () => {
  it("every operation with a body or query has a valid sample to start from", () => {
    const missing = API_OPERATIONS.filter((operation) => (operation.body || operation.query) && !(key(operation) in samples)).map(key);
    expect(missing).toEqual([]);
  });

  it.each(API_OPERATIONS.map((operation) => [key(operation), operation] as const))("%s", async (_name, operation) => {
    await restoreFixture();
    await fc.assert(
      fc.asyncProperty(actorArbitrary, pathArbitrary(operation), bodyArbitrary(operation), async (who, path, body) => {
        const response = await send(who === "teacher" ? teacher : student, operation, path, body);
        expectNoServerError(response, `${who}: ${operation.method} ${path}`);
      }),
      { seed: FUZZ_SEED, numRuns: runsFor(operation) },
    );
  });

  it("uploads of damaged Word documents and of web pages and text full of trouble", async () => {
    const docx = new Uint8Array(readFileSync(new URL("../../e2e/fixtures/library-hours.docx", import.meta.url)));
    const damagedDocx = fc
      .array(fc.record({ at: fc.nat({ max: docx.length - 1 }), byte: fc.nat({ max: 255 }) }), { minLength: 1, maxLength: 8 })
      .map((changes) => {
        const copy = new Uint8Array(docx);
        for (const { at, byte } of changes) copy[at] = byte;
        return { name: "damaged.docx", bytes: copy };
      });
    const page = fc.tuple(nastyString, nastyString).map(([title, text]) => `<html><head><title>${title}</title></head><body><h1>${text}</h1><p>${text} x</p></body></html>`);
    const textFile = fc.oneof(
      page.map((html) => ({ name: "page.html", bytes: new TextEncoder().encode(html) })),
      nastyString.map((text) => ({ name: "notes.txt", bytes: new TextEncoder().encode(text) })),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(damagedDocx, textFile), fc.record({ title: nastyString, sourceUrl: nastyString, publishedAt: nastyString }, { requiredKeys: [] }), async (file, fields) => {
        const { raw, contentType } = await encodeForm(articleForm(file, fields));
        const response = await teacher.request("POST", "/api/articles", { raw, headers: { ...browserHeaders(teacher), "content-type": contentType } });
        expectNoServerError(response, `upload of ${file.name}`);
      }),
      { seed: FUZZ_SEED, numRuns: RUNS_PER_BODY_OPERATION },
    );
  });
});
