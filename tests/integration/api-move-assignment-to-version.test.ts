import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { describeQuote } from "@/lib/annotations/anchoring/quote-selector";
import { AnnotationBatchDto } from "@/lib/annotations/batch-schemas";
import type { Placement } from "@/lib/annotations/anchoring/reanchor-quote";
import { AnnotationDto } from "@/lib/annotations/schemas";
import { VersionMoveDto } from "@/lib/classes/article-version-schemas";
import { ProgressRowDto } from "@/lib/classes/assignment-schemas";
import { ComparisonDto } from "@/lib/classes/comparison-schemas";
import { SubmissionDto } from "@/lib/classes/submission-schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, createArticle, createArticleVersion, createAssignment, locatePhrase, submitWork } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { locateOccurrence, SAMPLE_ARTICLE, SAMPLE_EDITS, SAMPLE_HIGHLIGHTS, type SampleHighlightName } from "../support/sample-article-edits";
import { expectError } from "./support/api-assertions";
import { waitForLockWaiter } from "./support/lock-waiter";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let sessions: Record<"teacher" | "amara" | "leo", HttpSession>;
let article: { id: string; versionId: string };

/** Two of the edits at once: the typos in two highlights fixed, and the sentence of a third deleted. */
const edits = (names: string[]) => SAMPLE_EDITS.filter((e) => names.some((name) => e.name.startsWith(name)));
const EDITED = edits(["a typo fixed", "a sentence deleted"]).reduce((text, e) => e.edit(text), SAMPLE_ARTICLE);
/** Where each highlight must end up in EDITED: the two cases' expectations together. */
const EXPECTED: Record<SampleHighlightName, { placedBy: Placement; phrase?: string }> = {
  ...Object.fromEntries(Object.keys(SAMPLE_HIGHLIGHTS).map((name) => [name, { placedBy: "quote" }])),
  frankViews: { placedBy: "exact" },
  confusion: { placedBy: "exact" },
  ministry: { placedBy: "fuzzy", phrase: "Russia's Foreign Ministry Sergey Lavrov" },
  takingSoLong: { placedBy: "fuzzy", phrase: "the first face-to-face Trump-Putin meeting have taken so long" },
  worthExploring: { placedBy: "orphaned" },
} as Record<SampleHighlightName, { placedBy: Placement; phrase?: string }>;

const AMARA_HIGHLIGHTS = Object.keys(SAMPLE_HIGHLIGHTS) as SampleHighlightName[];
const LEO_HIGHLIGHTS: SampleHighlightName[] = ["ministry", "worthExploring", "isolated"];
const KEY_HIGHLIGHTS: SampleHighlightName[] = ["frankViews", "worthExploring"];

const located = (text: string, name: SampleHighlightName, phrase?: string) => {
  const highlight = SAMPLE_HIGHLIGHTS[name];
  return locateOccurrence(text, phrase ?? highlight.phrase, "occurrence" in highlight ? highlight.occurrence : 1);
};

async function highlight(assignmentId: string, userId: string, names: SampleHighlightName[]) {
  const ids: Partial<Record<SampleHighlightName, string>> = {};
  for (const name of names) {
    ids[name] = (await createAnnotationRecord(db, { assignmentId, userId, text: SAMPLE_ARTICLE, ...located(SAMPLE_ARTICLE, name), tag: SAMPLE_HIGHLIGHTS[name].tag })).id;
  }
  return ids as Record<SampleHighlightName, string>;
}

const move = (assignmentId: string, version: number, who: HttpSession = sessions.teacher) => who.post<unknown>(`/api/assignments/${assignmentId}/article-version`, { version });

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "move");
  sessions = { teacher: await fx.signIn(fx.teacherA), amara: await fx.signIn(fx.studentA1), leo: await fx.signIn(fx.studentA2) };
  const made = await createArticle(db, { title: "Lavrov on the confusion in the Trump administration", text: SAMPLE_ARTICLE, createdById: fx.teacherA.id });
  article = { id: made.id, versionId: made.versions[0]!.id };
});

afterAll(async () => {
  await db.$disconnect();
});

describe("POST /api/assignments/{id}/article-version: moving an assignment to the edited article", () => {
  let assignmentId: string;
  let amara: Record<SampleHighlightName, string>;
  let leo: Record<SampleHighlightName, string>;
  let version: number;

  beforeAll(async () => {
    assignmentId = (await createAssignment(db, { classId: fx.classA.id, articleVersionId: article.versionId, title: "Lavrov, before the corrections" })).id;
    amara = await highlight(assignmentId, fx.studentA1.id, AMARA_HIGHLIGHTS);
    leo = await highlight(assignmentId, fx.studentA2.id, LEO_HIGHLIGHTS);
    await submitWork(db, assignmentId, fx.studentA2.id);
    await db.annotationFeedback.create({ data: { annotationId: leo.ministry, authorId: fx.teacherA.id, verdict: "AGREE", comment: "A checkable title." } });
    const key = await highlight(assignmentId, fx.teacherA.id, KEY_HIGHLIGHTS);
    const keySubmission = await db.annotation.findUniqueOrThrow({ where: { id: key.frankViews }, select: { submissionId: true } });
    await db.assignment.update({ where: { id: assignmentId }, data: { answerKeySubmissionId: keySubmission.submissionId } });
    version = (await createArticleVersion(db, { articleId: article.id, text: EDITED })).number;
  });

  it("re-anchors every reader's highlights (a draft, handed-in work, the key) where the edit puts them, and orphans the one whose sentence went", async () => {
    const before = await db.annotation.findMany({ where: { submission: { assignmentId } } });
    const response = await move(assignmentId, version);
    expect(response.status, response.text).toBe(200);
    const tally = (names: SampleHighlightName[]) => names.map((name) => EXPECTED[name].placedBy);
    const all = [...tally(AMARA_HIGHLIGHTS), ...tally(LEO_HIGHLIGHTS), ...tally(KEY_HIGHLIGHTS)];
    const count = (placedBy: Placement) => all.filter((p) => p === placedBy).length;
    expect(VersionMoveDto.parse(response.body)).toEqual({ assignmentId, fromVersion: 1, version, exact: count("exact"), quote: count("quote"), fuzzy: count("fuzzy"), orphaned: count("orphaned") });

    const after = await db.annotation.findMany({ where: { id: { in: Object.values(amara) } } });
    for (const name of AMARA_HIGHLIGHTS) {
      const row = after.find((a) => a.id === amara[name])!;
      const old = before.find((a) => a.id === amara[name])!;
      const { placedBy, phrase } = EXPECTED[name];
      if (placedBy === "orphaned") {
        expect(row, name).toMatchObject({ start: old.start, end: old.end, exact: old.exact, prefix: old.prefix, suffix: old.suffix, orphanedAt: expect.any(Date) });
        continue;
      }
      const at = placedBy === "exact" ? { start: old.start, end: old.end } : located(EDITED, name, phrase);
      expect(row, name).toMatchObject({ ...at, ...describeQuote(EDITED, at.start, at.end), orphanedAt: null, revision: old.revision });
    }
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).articleVersionId).not.toBe(article.versionId);
    // Handed-in work stays handed in, with its verdict, on the re-placed highlight.
    const judged = await db.annotation.findUniqueOrThrow({ where: { id: leo.ministry }, include: { feedback: true, submission: true } });
    expect(judged).toMatchObject({ ...located(EDITED, "ministry", EXPECTED.ministry.phrase), submission: { status: "SUBMITTED" }, feedback: { verdict: "AGREE" } });
  });

  it("leaves orphans out of every count: the reader's list, progress, the comparison, the submission and the key", async () => {
    const own = await sessions.amara.get<unknown>(`/api/assignments/${assignmentId}/annotations`);
    const placed = AnnotationDto.array().parse(own.body);
    expect(placed.map((a) => a.id).sort()).toEqual(AMARA_HIGHLIGHTS.filter((n) => n !== "worthExploring").map((n) => amara[n]).sort());
    expect(placed.every((a) => a.orphaned === undefined)).toBe(true);

    const progress = ProgressRowDto.array().parse((await sessions.teacher.get<unknown>(`/api/assignments/${assignmentId}/progress`)).body);
    expect(progress.find((row) => row.student.id === fx.studentA1.id)?.annotationCount).toBe(AMARA_HIGHLIGHTS.length - 1);

    const comparison = ComparisonDto.parse((await sessions.teacher.get<unknown>(`/api/assignments/${assignmentId}/compare?includeDrafts=true`)).body);
    const spansOf = (id: string) => comparison.readings.find((r) => r.reader.id === id)!.spans.map((s) => s.id).sort();
    expect(spansOf(fx.studentA1.id)).toEqual(placed.map((a) => a.id).sort());
    expect(spansOf(fx.studentA2.id)).toEqual([leo.ministry, leo.isolated].sort());
    expect(comparison.key?.map((s) => s.exact)).toEqual(["frank views"]);

    const submission = SubmissionDto.parse((await sessions.amara.get<unknown>(`/api/assignments/${assignmentId}/submission`)).body);
    expect(Object.values(submission.counts).reduce((sum, n) => sum + n, 0)).toBe(AMARA_HIGHLIGHTS.length - 1);
  });

  it("lists orphans apart (?orphaned=true, flagged, with their old quote) to their owner and the teacher, never to classmates", async () => {
    const wanted = [{ id: amara.worthExploring, exact: SAMPLE_HIGHLIGHTS.worthExploring.phrase, orphaned: true }];
    const mine = await sessions.amara.get<unknown>(`/api/assignments/${assignmentId}/annotations?orphaned=true`);
    expect(AnnotationDto.array().parse(mine.body)).toEqual([expect.objectContaining(wanted[0])]);
    const review = await sessions.teacher.get<unknown>(`/api/assignments/${assignmentId}/annotations?student=${fx.studentA1.id}&orphaned=true`);
    expect(AnnotationDto.array().parse(review.body)).toEqual([expect.objectContaining(wanted[0])]);
    const reviewPlaced = AnnotationDto.array().parse((await sessions.teacher.get<unknown>(`/api/assignments/${assignmentId}/annotations?student=${fx.studentA1.id}`)).body);
    expect(reviewPlaced.map((a) => a.id)).not.toContain(amara.worthExploring);
    expectError(await sessions.leo.get(`/api/assignments/${assignmentId}/annotations?scope=class&orphaned=true`), 403, "forbidden");
  });

  it("lets the owner place an orphan again on text of the new version while a draft, and then it counts; nobody else, and not twice", async () => {
    const range = locatePhrase(EDITED, "Sean Spicer is meanwhile living in a strange galaxy");
    const path = `/api/annotations/${amara.worthExploring}/place`;
    expectError(await sessions.teacher.post(path, range), 403, "forbidden");
    expectError(await sessions.leo.post(path, range), 404, "not_found");
    expectError(await sessions.amara.post(path, { start: range.start, end: EDITED.length + 5 }), 422, "validation_failed");
    const placed = await sessions.amara.post<unknown>(path, range);
    expect(placed.status, placed.text).toBe(200);
    expect(AnnotationDto.parse(placed.body)).toMatchObject({ id: amara.worthExploring, ...range, ...describeQuote(EDITED, range.start, range.end), tag: SAMPLE_HIGHLIGHTS.worthExploring.tag });
    expect(AnnotationDto.parse(placed.body).orphaned).toBeUndefined();
    expectError(await sessions.amara.post(path, range), 409, "conflict");
    const own = AnnotationDto.array().parse((await sessions.amara.get<unknown>(`/api/assignments/${assignmentId}/annotations`)).body);
    expect(own).toHaveLength(AMARA_HIGHLIGHTS.length);
    // Leo's orphan is in handed-in work: it stays an orphan until he takes the work back.
    expectError(await sessions.leo.post(`/api/annotations/${leo.worthExploring}/place`, range), 409, "conflict");
  });
});

describe("moving again, and what cannot be moved", () => {
  it("tries orphans again on the next move: the sentence restored, the highlight is placed by its words", async () => {
    const id = (await createAssignment(db, { classId: fx.classA.id, articleVersionId: article.versionId, title: "Lavrov, moved twice" })).id;
    const { worthExploring } = await highlight(id, fx.studentA1.id, ["worthExploring"]);
    const deleted = edits(["a sentence deleted"])[0]!.edit(SAMPLE_ARTICLE);
    const without = await createArticleVersion(db, { articleId: article.id, text: deleted });
    expect(VersionMoveDto.parse((await move(id, without.number)).body)).toMatchObject({ orphaned: 1 });
    const restored = await createArticleVersion(db, { articleId: article.id, text: `Corrected on 3 July.\n\n${SAMPLE_ARTICLE}` });
    expect(VersionMoveDto.parse((await move(id, restored.number)).body)).toMatchObject({ quote: 1, orphaned: 0 });
    const row = await db.annotation.findUniqueOrThrow({ where: { id: worthExploring } });
    expect(row).toMatchObject({ ...located(restored.text, "worthExploring"), orphanedAt: null });
  });

  it("refuses a version the article does not have (404) and an archived class (409), changing nothing", async () => {
    const id = (await createAssignment(db, { classId: fx.classA.id, articleVersionId: article.versionId, title: "Lavrov, kept" })).id;
    expectError(await move(id, 999), 404, "not_found");
    expectError(await sessions.teacher.post(`/api/assignments/${id}/article-version`, { version: "2" }), 422, "validation_failed");
    await db.class.update({ where: { id: fx.classA.id }, data: { archivedAt: new Date() } });
    try {
      expectError(await move(id, 1), 409, "conflict");
    } finally {
      await db.class.update({ where: { id: fx.classA.id }, data: { archivedAt: null } });
    }
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).articleVersionId).toBe(article.versionId);
  });

  it("a highlight made on the old text and saved while the move runs is refused (409), not stored at old offsets", async () => {
    const id = (await createAssignment(db, { classId: fx.classA.id, articleVersionId: article.versionId, title: "Lavrov, racing" })).id;
    const next = await createArticleVersion(db, { articleId: article.id, text: `Corrected on 3 July.\n\n${SAMPLE_ARTICLE}` });
    let save: Promise<{ status: number }> | undefined;
    // Holds the assignment row as a move does, lets the save wait on the lock, then switches the version.
    await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "assignments" WHERE "id" = ${id}::uuid FOR UPDATE`;
        // The reader sends the version its page shows with every new highlight.
        save = sessions.amara.post(`/api/assignments/${id}/annotations`, { ...locatePhrase(SAMPLE_ARTICLE, "frank views"), tag: "opinion", articleVersionId: article.versionId });
        await waitForLockWaiter(tx);
        await tx.assignment.update({ where: { id }, data: { articleVersionId: next.id } });
      },
      { timeout: 15_000 },
    );
    expectError((await save!) as never, 409, "conflict");
    expect(await db.annotation.count({ where: { submission: { assignmentId: id } } })).toBe(0);
  });

  it("a page still showing the old text after the move has its new highlights refused (409), alone and in a batch, and the current version's saved", async () => {
    const id = (await createAssignment(db, { classId: fx.classA.id, articleVersionId: article.versionId, title: "Lavrov, stale tab" })).id;
    const next = await createArticleVersion(db, { articleId: article.id, text: `Corrected on 3 July.\n\n${SAMPLE_ARTICLE}` });
    await db.assignment.update({ where: { id }, data: { articleVersionId: next.id } });
    const onOld = { ...locatePhrase(SAMPLE_ARTICLE, "frank views"), tag: "opinion", articleVersionId: article.versionId };
    expectError(await sessions.amara.post(`/api/assignments/${id}/annotations`, onOld), 409, "conflict");
    const onNew = { ...locatePhrase(`Corrected on 3 July.\n\n${SAMPLE_ARTICLE}`, "frank views"), tag: "opinion", articleVersionId: next.id };
    const batch = await sessions.amara.post(`/api/assignments/${id}/annotations/batch`, {
      operations: [
        { op: "create", id: randomUUID(), ...onOld },
        { op: "create", id: randomUUID(), ...onNew },
      ],
    });
    expect(batch.status).toBe(200);
    const { results } = AnnotationBatchDto.parse(batch.body);
    expect(results.map((r) => r.status)).toEqual([409, 201]);
    expect(results[0]!.error?.message).toMatch(/new version/);
    const stored = await db.annotation.findMany({ where: { submission: { assignmentId: id } } });
    expect(stored.map((a) => a.exact)).toEqual(["frank views"]);
    expect(stored[0]!.start).toBe(onNew.start);
  });
});
