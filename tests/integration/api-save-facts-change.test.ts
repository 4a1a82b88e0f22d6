import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationDto } from "@/lib/annotations/schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createArticleVersion, createAssignment, locatePhrase } from "@/prisma/seed/factories";
import type { ApiResponse, HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import { waitForLockWaiter } from "./support/lock-waiter";

/**
 * A student adding to a started draft is saved in two statements: the facts read unlocked,
 * then one INSERT that writes only if they still hold (lib/annotations/insert-if-facts-hold.ts).
 * Each test holds a row as a teacher's or another tab's change does, lets the save read the
 * facts and wait on that row, changes the fact, and checks that nothing was written and the
 * answer is the one the locked transaction gives. (Facts on rows a save does not lock, such as
 * the class being archived, are read as the statement starts, in either way of saving: a save
 * sent before such a change lands as if it came first.)
 */
let db: PrismaClient;
let fx: ClassFixture;
let student: HttpSession;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "facts-change");
  ({ studentA1: student } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

/**
 * An assignment where the student has started: two highlights saved, the first making the
 * draft (the careful way), the second on facts read just before, which the instance keeps; so
 * the next save is the one-statement one on remembered facts.
 */
async function startedDraft(title: string, session = student): Promise<string> {
  const id = (await createAssignment(db, { classId: fx.classA.id, articleVersionId: fx.article.versionId, title })).id;
  for (const phrase of ["a triumph for common sense", "rigged"]) expect((await save(id, phrase, "opinion", session)).status).toBe(201);
  return id;
}

const save = (assignmentId: string, phrase: string, tag = "opinion", session = student, text = fx.article.text, extra: Record<string, unknown> = {}) =>
  session.post(`/api/assignments/${assignmentId}/annotations`, { ...locatePhrase(text, phrase), tag, note: "why", ...extra });

/** Saves while `row` is held FOR UPDATE, and runs `change` once the save waits for it. */
async function saveWhileChanging(assignmentId: string, row: "assignment" | "submission", change: (tx: Omit<PrismaClient, "$transaction" | "$connect" | "$disconnect" | "$on" | "$extends">) => Promise<unknown>): Promise<ApiResponse> {
  let answer: Promise<ApiResponse> | undefined;
  await db.$transaction(
    async (tx) => {
      if (row === "assignment") await tx.$queryRaw`SELECT 1 FROM "assignments" WHERE "id" = ${assignmentId}::uuid FOR UPDATE`;
      else await tx.$queryRaw`SELECT 1 FROM "submissions" WHERE "assignment_id" = ${assignmentId}::uuid AND "user_id" = ${fx.studentA1.id}::uuid FOR UPDATE`;
      answer = save(assignmentId, "green space");
      await waitForLockWaiter(tx);
      await change(tx);
    },
    { timeout: 15_000 },
  );
  return answer!;
}

const highlights = (assignmentId: string) => db.annotation.count({ where: { submission: { assignmentId } } });

describe("a save whose facts change between its read and its write", () => {
  it("work handed in meanwhile (another tab): 409 work_submitted, nothing written", async () => {
    const id = await startedDraft("Handed in meanwhile");
    const answer = await saveWhileChanging(id, "submission", (tx) => tx.submission.updateMany({ where: { assignmentId: id }, data: { status: "SUBMITTED", submittedAt: new Date() } }));
    expectError(answer, 409, "work_submitted");
    expect(await highlights(id)).toBe(2);
  });

  it("the tag removed by the teacher meanwhile: 422, nothing written", async () => {
    const id = await startedDraft("Tag removed meanwhile");
    const answer = await saveWhileChanging(id, "assignment", (tx) => tx.assignment.update({ where: { id }, data: { tags: [{ id: "quote", label: "Quote", color: "blue" }] } }));
    expectError(answer, 422, "validation_failed");
    expect(await highlights(id)).toBe(2);
  });

  it("nothing changed: the save waits for the held row, then lands (201)", async () => {
    const id = await startedDraft("Nothing changed");
    const answer = await saveWhileChanging(id, "assignment", async () => undefined);
    expect(answer.status).toBe(201);
    expect(AnnotationDto.parse(answer.body).exact).toBe("green space");
    expect(await highlights(id)).toBe(3);
  });
});

describe("a save on facts the instance kept from the student's last one", () => {
  it("after the session ended (signed out elsewhere): 401, nothing written", async () => {
    const other = await fx.signIn(fx.studentA2);
    const id = await startedDraft("Session ended", other);
    await db.userSession.deleteMany({ where: { userId: fx.studentA2.id } });
    expectError(await save(id, "green space", "opinion", other), 401, "unauthenticated");
    expect(await highlights(id)).toBe(2);
  });

  it("after the teacher reset the student's password: 403 password_change_required, nothing written", async () => {
    const id = await startedDraft("Password reset");
    await db.user.update({ where: { id: fx.studentA1.id }, data: { mustChangePassword: true } });
    try {
      expectError(await save(id, "green space"), 403, "password_change_required");
      expect(await highlights(id)).toBe(2);
    } finally {
      await db.user.update({ where: { id: fx.studentA1.id }, data: { mustChangePassword: false } });
    }
  });

  it("after the tag was removed: 422, nothing written", async () => {
    const id = await startedDraft("Tag gone");
    await db.assignment.update({ where: { id }, data: { tags: [{ id: "quote", label: "Quote", color: "blue" }] } });
    expectError(await save(id, "green space"), 422, "validation_failed");
    expect(await highlights(id)).toBe(2);
  });

  it("after the assignment moved to a new version: the page showing it saves at its offsets (201), one on the old text is 409", async () => {
    const id = await startedDraft("Moved on");
    const newText = `Corrected on 3 July.\n\n${fx.article.text}`;
    const next = await createArticleVersion(db, { articleId: fx.article.id, text: newText });
    await db.assignment.update({ where: { id }, data: { articleVersionId: next.id } });
    expectError(await save(id, "green space", "opinion", student, fx.article.text, { articleVersionId: fx.article.versionId }), 409, "conflict");
    const saved = await save(id, "green space", "opinion", student, newText, { articleVersionId: next.id });
    expect(saved.status).toBe(201);
    expect(AnnotationDto.parse(saved.body)).toMatchObject({ exact: "green space", start: locatePhrase(newText, "green space").start });
    expect(await highlights(id)).toBe(3);
  });
});
