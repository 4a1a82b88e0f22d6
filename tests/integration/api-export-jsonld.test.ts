import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ImportReportDto } from "@/lib/export/import-schemas";
import { createAnnotationRecord, createAssignment, locatePhrase, submitWork } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { w3cDocument, type W3cHighlight } from "../support/w3c-document";
import { runW3cSuiteOn, W3C_MUSTS } from "../support/w3c-suite";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture, type ClassSessions } from "./support/class-fixture";
import { expectNothingChanged, openTestDatabase } from "./support/database";

/** What the tests read of a downloaded file. */
interface Collection {
  id: string;
  label: string;
  total: number;
  first?: { items: Item[] };
}
interface Item {
  id: string;
  creator: { id: string; name: string };
  body: { purpose: string; value: string }[];
  target: { source: string; selector: [{ exact: string; prefix?: string; suffix?: string }, { start: number; end: number }] };
}

let db: PrismaClient;
let fx: ClassFixture;
let sessions: ClassSessions;
let text: string;

/** The class's readings: two students, across the article's emoji, with notes and a verdict. */
const AMARA: W3cHighlight[] = [
  { phrase: "Riverside Café Plan Wins Approval 🎉", tag: "opinion", note: "A headline that cheers." },
  { phrase: "a triumph for common sense", tag: "quote" },
  { phrase: "a disastrous loss of green space\" 🌳", tag: "loaded_language", note: "The tree emoji is the paper's, not the speaker's." },
  { phrase: "64% of residents support the plan", tag: "factual_claim" },
];
const LEO: W3cHighlight[] = [
  { phrase: "rigged from the start 😠 and ignored the naïve hopes", tag: "loaded_language", note: "Rigged: says who?" },
  { phrase: "€1.2 million", tag: "factual_claim" },
];

async function makeAssignment(title = "Spot the slant: the riverfront café") {
  return (await createAssignment(db, { classId: fx.classA.id, articleVersionId: fx.article.versionId, title, dueAt: new Date("2031-03-14T15:00:00.000Z") })).id;
}

async function highlight(assignmentId: string, userId: string, highlights: W3cHighlight[]) {
  const made = [];
  for (const h of highlights) made.push(await createAnnotationRecord(db, { assignmentId, userId, text, ...locatePhrase(text, h.phrase, h.occurrence), tag: h.tag, note: h.note }));
  return made;
}

async function download(session: HttpSession, assignmentId: string, query: string) {
  const response = await session.get<Collection>(`/api/assignments/${assignmentId}/export?format=jsonld&${query}`);
  expect(response.status, response.text).toBe(200);
  expect(response.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  expect(response.headers.get("content-disposition")).toMatch(/\.jsonld"/);
  return { text: response.text, collection: JSON.parse(response.text) as Collection };
}

const importFile = (session: HttpSession, assignmentId: string, as: string, json: unknown) => session.post<unknown>(`/api/assignments/${assignmentId}/import?as=${as}`, json);

const items = (collection: Collection) => collection.first?.items ?? [];

/** The file with what differs between two exports of the same highlights taken out: ids and dates. */
function withoutIdsAndDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIdsAndDates);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, ["id", "partOf", "last", "created", "modified"].includes(key) ? `<${key}>` : withoutIdsAndDates(inner)]));
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "jsonld");
  sessions = await signInEveryone(fx);
  text = fx.article.text;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/assignments/{id}/export?format=jsonld", () => {
  it("downloads the class's readings as W3C Web Annotation JSON-LD that the W3C suite passes, positions counted in code points", async () => {
    const id = await makeAssignment();
    const [headline] = await highlight(id, fx.studentA1.id, AMARA);
    await highlight(id, fx.studentA2.id, LEO);
    await db.annotationFeedback.create({ data: { annotationId: headline!.id, authorId: fx.teacherA.id, verdict: "PARTLY", comment: "Cheers, or reports?" } });

    const { text: file, collection } = await download(sessions.teacherA, id, "scope=class");
    expect(collection.total).toBe(AMARA.length + LEO.length);
    const suite = await runW3cSuiteOn(file);
    expect(suite.failures).toEqual([]);
    expect(suite).toMatchObject({ exitCode: 0, failed: 0, passed: W3C_MUSTS.collection + W3C_MUSTS.page + W3C_MUSTS.annotation * collection.total });

    const characters = [...text];
    for (const item of items(collection)) {
      const [quote, position] = item.target.selector;
      expect(characters.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(item.target.source).toBe(`urn:slant:article-version:${fx.article.versionId}`);
    }
    const rigged = items(collection).find((item) => item.target.selector[0].exact.startsWith("rigged"))!;
    // After 🎉 and 🌳 (and holding 😠): UTF-16 offsets would be two too many at the start, three at the end.
    const utf16 = locatePhrase(text, LEO[0]!.phrase);
    expect(rigged.target.selector[1]).toMatchObject({ start: utf16.start - 2, end: utf16.end - 3 });
    expect(rigged.creator).toMatchObject({ id: `urn:uuid:${fx.studentA2.id}`, name: fx.studentA2.name });
    const cheered = items(collection).find((item) => item.id === `urn:uuid:${headline!.id}`)!;
    expect(cheered.body.filter((b) => b.purpose === "assessing").map((b) => b.value)).toEqual(["partly", "Cheers, or reports?"]);
  });

  it("pseudonymize=1: Reader 1 and Reader 2, and no name, email or user id of anyone anywhere in the file", async () => {
    const id = await makeAssignment();
    await highlight(id, fx.studentA1.id, AMARA);
    await highlight(id, fx.studentA2.id, LEO);
    const { text: file, collection } = await download(sessions.teacherA, id, "scope=class&pseudonymize=1");
    expect([...new Set(items(collection).map((item) => item.creator.name))].sort()).toEqual(["Reader 1", "Reader 2"]);
    const people = [fx.studentA1, fx.studentA2, fx.teacherA];
    for (const secret of people.flatMap((p) => [p.id, p.email, p.name, ...p.name.split(" ")])) expect(file).not.toContain(secret);
    expect((await runW3cSuiteOn(file)).failed).toBe(0);
  });
});

describe("POST /api/assignments/{id}/import", () => {
  it("export → import as the key into another assignment on the same version → export: the same file but for ids and dates", async () => {
    const [from, to] = [await makeAssignment("Key round trip"), await makeAssignment("Key round trip")];
    const key = await highlight(from, fx.teacherA.id, [...AMARA, ...LEO]);
    await db.assignment.update({ where: { id: from }, data: { answerKeySubmissionId: key[0]!.submissionId } });
    const first = await download(sessions.teacherA, from, "scope=key");

    const response = await importFile(sessions.teacherA, to, "key", first.collection);
    expect(response.status, response.text).toBe(201);
    const report = ImportReportDto.parse(response.body);
    expect(report).toMatchObject({ as: "key", created: key.length, replaced: 0, answerKey: true });
    expect(report.annotations.every((a) => a.placedBy === "position")).toBe(true);
    // Those ids are the first assignment's key's: the copies get new ones.
    expect(report.annotations.map((a) => a.id).filter((id) => key.some((k) => k.id === id))).toEqual([]);
    const teachersOwn = await db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId: to, userId: fx.teacherA.id } } });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: to } })).answerKeySubmissionId).toBe(teachersOwn.id);

    const second = await download(sessions.teacherA, to, "scope=key");
    expect(withoutIdsAndDates(second.collection)).toEqual(withoutIdsAndDates(first.collection));
    expect(second.collection.id).not.toBe(first.collection.id);
  });

  it("export → import as a student's own set (replacing their draft) → export: the same file but for ids and dates", async () => {
    const [from, to] = [await makeAssignment("Own round trip"), await makeAssignment("Own round trip")];
    await highlight(from, fx.studentA1.id, AMARA);
    await highlight(to, fx.studentA1.id, [{ phrase: "ending a two-year dispute", tag: "factual_claim" }]);
    const first = await download(sessions.studentA1, from, "scope=mine");

    const response = await importFile(sessions.studentA1, to, "mine", first.collection);
    expect(response.status, response.text).toBe(201);
    expect(ImportReportDto.parse(response.body)).toMatchObject({ as: "mine", created: AMARA.length, replaced: 1, answerKey: false });
    const second = await download(sessions.studentA1, to, "scope=mine");
    expect(withoutIdsAndDates(second.collection)).toEqual(withoutIdsAndDates(first.collection));
    expect(items(second.collection).map((item) => item.creator)).toEqual(items(first.collection).map((item) => item.creator));
  });

  it("importing a file again into the same work keeps its ids (the highlights it replaces free them), and accepts application/ld+json", async () => {
    const id = await makeAssignment();
    const made = await highlight(id, fx.studentA2.id, LEO);
    const { text: file } = await download(sessions.studentA2, id, "scope=mine");
    const response = await sessions.studentA2.request("POST", `/api/assignments/${id}/import?as=mine`, { raw: file, headers: { "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } });
    expect(response.status, response.text).toBe(201);
    expect(ImportReportDto.parse(response.body).annotations.map((a) => a.id).sort()).toEqual(made.map((a) => a.id).sort());
    expect(await db.annotation.count({ where: { submission: { assignmentId: id, userId: fx.studentA2.id } } })).toBe(LEO.length);
  });

  it("places by the quote's context when the position is wrong, and reads a tag given by its label", async () => {
    const id = await makeAssignment();
    const document = w3cDocument(text, [{ phrase: "the plan", tag: "Factual claim", position: { start: 0, end: 8 } }]);
    const response = await importFile(sessions.studentA1, id, "mine", document);
    expect(response.status, response.text).toBe(201);
    expect(ImportReportDto.parse(response.body).annotations).toEqual([expect.objectContaining({ ...locatePhrase(text, "the plan"), tag: "factual_claim", placedBy: "quote" })]);
  });

  it("keeps a replaced highlight that has the teacher's feedback for the teacher's review, as deleting it would", async () => {
    const id = await makeAssignment();
    const [judged] = await highlight(id, fx.studentA1.id, [AMARA[1]!]);
    await db.annotationFeedback.create({ data: { annotationId: judged!.id, authorId: fx.teacherA.id, verdict: "AGREE" } });
    const response = await importFile(sessions.studentA1, id, "mine", w3cDocument(text, [AMARA[3]!]));
    expect(response.status, response.text).toBe(201);
    const feedback = await db.annotationFeedback.findFirstOrThrow({ where: { authorId: fx.teacherA.id, annotation: { submission: { assignmentId: id } } }, include: { annotation: true } });
    expect(feedback.annotation).toMatchObject({ exact: "a triumph for common sense" });
    expect(feedback.annotation.deletedAt).not.toBeNull();
    expect(feedback.annotation.id).not.toBe(judged!.id);
  });

  describe("refuses, and changes nothing", () => {
    const good = () => w3cDocument(text, [AMARA[1]!, AMARA[3]!]);
    let id: string;
    beforeAll(async () => {
      id = await makeAssignment();
      await highlight(id, fx.studentA1.id, [AMARA[0]!]);
      await highlight(id, fx.teacherA.id, [LEO[1]!]);
    });
    const refused = <T>(action: () => Promise<T>) => expectNothingChanged(db, action);

    it("a body that is not JSON (400), or JSON that is no annotation collection (422)", async () => {
      const notJson = await refused(() => sessions.studentA1.request("POST", `/api/assignments/${id}/import?as=mine`, { raw: "{ not json" }));
      expectError(notJson, 400, "malformed_json");
      const array = await refused(() => importFile(sessions.studentA1, id, "mine", [good().first.items[0]]));
      expect(expectError(array, 422, "validation_failed").error.message).toMatch(/W3C Web Annotation document/);
      const noAs = await refused(() => sessions.studentA1.post(`/api/assignments/${id}/import`, good()));
      expect(expectError(noAs, 422, "validation_failed").error.message).toMatch(/^Invalid query: as /);
    });

    it("a file with a tag the assignment does not have, or a quote not in the article: 422 listing each by id and text, the good ones not written either", async () => {
      const document = w3cDocument(text, [AMARA[1]!, { phrase: "64% of residents", tag: "propaganda", id: "6f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f" }]);
      document.first.items.push({ ...document.first.items[0]!, id: "urn:uuid:7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d", target: { ...document.first.items[0]!.target, selector: [{ type: "TextQuoteSelector", exact: "a quote from another article" }] } });
      document.total = 3;
      const response = await refused(() => importFile(sessions.studentA1, id, "mine", document));
      const body = expectError(response, 422, "validation_failed");
      expect(body.error.message).toMatch(/^2 of 3 annotations cannot be imported, so nothing was\./);
      expect(body.error.details).toEqual({
        problems: [
          { id: "urn:uuid:6f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f", text: "64% of residents", problem: 'unknown tag "propaganda"; this assignment\'s tags are: quote, opinion, loaded_language, factual_claim' },
          { id: "urn:uuid:7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d", text: "a quote from another article", problem: "its quote is not in the article" },
        ],
      });
    });

    it("HTML or script in a note, by the rules of a note typed in Slant (422)", async () => {
      const response = await refused(() => importFile(sessions.studentA1, id, "mine", w3cDocument(text, [{ ...AMARA[1]!, note: 'Nice <script>alert("x")</script>' }])));
      expect(expectError(response, 422, "validation_failed").error.details).toEqual({ problems: [expect.objectContaining({ problem: "its note must be plain text, without HTML tags" })] });
    });

    it("a file larger than 4 MB (413)", async () => {
      const huge = good();
      (huge.first.items[0]!.body[0] as { padding?: string }).padding = "x".repeat(4 * 1024 * 1024);
      expectError(await refused(() => importFile(sessions.studentA1, id, "mine", huge)), 413, "payload_too_large");
    });

    it("a student importing into work already handed in (409), or as the key (403)", async () => {
      const handedIn = await makeAssignment();
      await highlight(handedIn, fx.studentA2.id, [LEO[0]!]);
      await submitWork(db, handedIn, fx.studentA2.id);
      expectError(await refused(() => importFile(sessions.studentA2, handedIn, "mine", good())), 409, "work_submitted");
      expectError(await refused(() => importFile(sessions.studentA1, id, "key", good())), 403, "forbidden");
    });

    it("a student or teacher of another class (404, as if the assignment did not exist)", async () => {
      expectError(await refused(() => importFile(sessions.studentB, id, "mine", good())), 404, "not_found");
      expectError(await refused(() => importFile(sessions.teacherB, id, "key", good())), 404, "not_found");
    });

    it("a body sent as plain text (415, as every API route)", async () => {
      const response = await refused(() => sessions.studentA1.request("POST", `/api/assignments/${id}/import?as=mine`, { raw: JSON.stringify(good()), headers: { "content-type": "text/plain" } }));
      expectError(response, 415, "unsupported_media_type");
    });
  });
});
