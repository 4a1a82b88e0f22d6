import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ARTICLE_QUOTA_WINDOW_MS, MAX_ANNOTATIONS_PER_SUBMISSION, MAX_ARTICLES_PER_DAY } from "@/lib/limits";
import { createAnnotationRecord, createArticle, createUser, locatePhrase } from "@/prisma/seed/factories";
import { signIn, type HttpSession } from "../support/http-session";
import { newPassword, uniqueEmail } from "./support/account-data";
import { expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { articleForm, expectNoClassroomChange, uploadArticle, type ArticleBody } from "./support/classroom-data";
import { countAnnotations, openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "content-limits");
});

afterAll(async () => {
  await db.$disconnect();
});

/** Gives the student `count` highlights on the assignment straight in the database, as the API would store them. */
async function storeHighlights(assignmentId: string, userId: string, count: number): Promise<void> {
  const first = await createAnnotationRecord(db, { assignmentId, userId, text: fx.article.text, ...locatePhrase(fx.article.text, "rigged"), tag: "opinion" });
  const { id: _id, createdAt: _created, updatedAt: _updated, ...shape } = first;
  await db.annotation.createMany({ data: Array.from({ length: count - 1 }, () => ({ ...shape, id: randomUUID() })) });
}

describe(`at most ${MAX_ANNOTATIONS_PER_SUBMISSION} highlights per submission`, () => {
  let student: HttpSession;
  const path = () => `/api/assignments/${fx.assignmentA.id}/annotations`;
  const highlight = (id = randomUUID()) => ({ id, ...locatePhrase(fx.article.text, "survey"), tag: "factual_claim" });

  beforeAll(async () => {
    student = await fx.signIn(fx.studentA1);
    await storeHighlights(fx.assignmentA.id, fx.studentA1.id, MAX_ANNOTATIONS_PER_SUBMISSION - 1);
  });

  it("the 1,000th is saved, the 1,001st is 409 with a plain message and nothing changes", async () => {
    const last = highlight();
    expect((await student.post<AnnotationBody>(path(), last)).status).toBe(201);
    expect(await countAnnotations(db, fx.assignmentA.id, fx.studentA1.id)).toBe(1000);

    const response = await expectNoClassroomChange(db, () => student.post(path(), highlight()));
    const { error } = expectError(response, 409, "conflict");
    expect(error.message).toBe("This work already has 1,000 highlights, the most it may have. Delete some before adding more.");

    // A retried save of the 1,000th still gets its stored record back.
    const retry = await student.post<AnnotationBody>(path(), last);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(last.id);
  });

  it("after deleting one, there is room for one more", async () => {
    const one = await db.annotation.findFirstOrThrow({ where: { submission: { assignmentId: fx.assignmentA.id, userId: fx.studentA1.id } } });
    expect((await student.delete(`/api/annotations/${one.id}`)).status).toBe(204);
    expect((await student.post(path(), highlight())).status).toBe(201);
    expectError(await student.post(path(), highlight()), 409, "conflict");
  });

  it("the limit is per submission: a classmate on the same assignment is not affected", async () => {
    const classmate = await fx.signIn(fx.studentA2);
    expect((await classmate.post(path(), highlight())).status).toBe(201);
  });
});

describe(`at most ${MAX_ARTICLES_PER_DAY} articles per teacher per day`, () => {
  let teacherId: string;
  let teacher: HttpSession;
  const pasted = (n: number) => ({ title: `Ferry fares, part ${n}`, text: "Fares will rise by 15% in June." });

  beforeAll(async () => {
    const email = uniqueEmail("quota", "content-limits");
    const password = newPassword();
    teacherId = (await createUser(db, { email, name: "Quinn Hale", role: "TEACHER", password })).id;
    for (let n = 1; n < MAX_ARTICLES_PER_DAY; n++) await createArticle(db, { title: `Stored article ${n}`, text: "Words.", createdById: teacherId });
    teacher = await signIn(email, password);
  });

  it("the 50th of the day is added; the 51st, pasted or uploaded, is 429 with Retry-After and nothing is stored", async () => {
    expect((await teacher.post<ArticleBody>("/api/articles", pasted(50))).status).toBe(201);

    const response = await expectNoClassroomChange(db, () => teacher.post("/api/articles", pasted(51)));
    const { error } = expectError(response, 429, "too_many_requests");
    expect(error.message).toBe("You have added 50 articles in the last 24 hours, the most Slant allows. Try again in about 24 hours.");
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(ARTICLE_QUOTA_WINDOW_MS / 1000 - 600);
    expect(retryAfter).toBeLessThanOrEqual(ARTICLE_QUOTA_WINDOW_MS / 1000);

    const form = articleForm({ name: "ferry.txt", bytes: new TextEncoder().encode("Fares will rise.") }, { title: "Ferry" });
    expectError(await expectNoClassroomChange(db, () => uploadArticle(teacher, form)), 429, "too_many_requests");
  });

  it("once the oldest is more than a day old there is room again, and Retry-After counts from the next oldest", async () => {
    const oldest = await db.article.findFirstOrThrow({ where: { createdById: teacherId }, orderBy: { createdAt: "asc" } });
    await db.article.update({ where: { id: oldest.id }, data: { createdAt: new Date(Date.now() - ARTICLE_QUOTA_WINDOW_MS - 60_000) } });
    expect((await teacher.post("/api/articles", pasted(51))).status).toBe(201);
    expectError(await teacher.post("/api/articles", pasted(52)), 429, "too_many_requests");
  });

  it("another teacher's articles do not count", async () => {
    const other = await fx.signIn(fx.teacherB);
    expect((await other.post("/api/articles", pasted(1))).status).toBe(201);
  });
});
