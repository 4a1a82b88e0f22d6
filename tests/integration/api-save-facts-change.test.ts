import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationDto } from "@/lib/annotations/schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAssignment, locatePhrase } from "@/prisma/seed/factories";
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

/** An assignment where the student has started: one highlight saved (so the two-statement save applies). */
async function startedDraft(title: string): Promise<string> {
  const id = (await createAssignment(db, { classId: fx.classA.id, articleVersionId: fx.article.versionId, title })).id;
  AnnotationDto.parse((await save(id, "a triumph for common sense")).body);
  return id;
}

const save = (assignmentId: string, phrase: string, tag = "opinion") =>
  student.post(`/api/assignments/${assignmentId}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag, note: "why" });

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
    expect(await highlights(id)).toBe(1);
  });

  it("the tag removed by the teacher meanwhile: 422, nothing written", async () => {
    const id = await startedDraft("Tag removed meanwhile");
    const answer = await saveWhileChanging(id, "assignment", (tx) => tx.assignment.update({ where: { id }, data: { tags: [{ id: "quote", label: "Quote", color: "blue" }] } }));
    expectError(answer, 422, "validation_failed");
    expect(await highlights(id)).toBe(1);
  });

  it("nothing changed: the save waits for the held row, then lands (201)", async () => {
    const id = await startedDraft("Nothing changed");
    const answer = await saveWhileChanging(id, "assignment", async () => undefined);
    expect(answer.status).toBe(201);
    expect(AnnotationDto.parse(answer.body).exact).toBe("green space");
    expect(await highlights(id)).toBe(2);
  });
});
