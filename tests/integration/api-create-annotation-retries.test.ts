import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import { expectError, type AnnotationBody } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { expectNothingChanged, openTestDatabase } from "./support/database";
import type { HttpSession } from "../support/http-session";

let db: PrismaClient;
let fx: ClassFixture;
let studentA1: HttpSession;
let studentA2: HttpSession;
let studentB: HttpSession;

const at = (phrase: string) => locatePhrase(fx.article.text, phrase);

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "retries");
  ({ studentA1, studentA2, studentB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

function post(session: HttpSession, body: unknown, assignmentId = fx.assignmentA.id) {
  return session.post<AnnotationBody>(`/api/assignments/${assignmentId}/annotations`, body);
}

const storedRow = (id: string) => db.annotation.findUniqueOrThrow({ where: { id }, include: { submission: true } });

describe("POST /api/assignments/{id}/annotations: retries", () => {
  it("a retried save with the same id returns the first record and stores one row", async () => {
    const body = { id: crypto.randomUUID(), ...at("voted 7–2 on Tuesday"), tag: "factual_claim", note: "Check the minutes." };
    const first = await post(studentA1, body);
    expect(first.status).toBe(201);
    const retry = await post(studentA1, body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await db.annotation.count({ where: { id: body.id } })).toBe(1);
  });

  it("two copies of the same save sent at once store one row: one answer is 201, the other 200 with the same record", async () => {
    const body = { id: crypto.randomUUID(), ...at("approve a new café"), tag: "factual_claim" };
    const answers = await Promise.all([post(studentA1, body), post(studentA1, body)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(answers[0]!.body).toEqual(answers[1]!.body);
    expect(await db.annotation.count({ where: { id: body.id } })).toBe(1);
  });

  it.each([
    ["a different tag", { tag: "opinion" }],
    ["a different range", { start: 1 }],
    ["a different note", { note: "Changed my mind." }],
    ["a note where there was none", { note: "Added later." }],
  ])("the same id with %s is 409 conflict and the first record stays as it was", async (_what, change) => {
    const body = { id: crypto.randomUUID(), ...at("Critics, however"), tag: "quote" };
    expect((await post(studentA1, body)).status).toBe(201);
    const response = await expectNothingChanged(db, () => post(studentA1, { ...body, ...change }));
    expectError(response, 409, "conflict");
    expect(await storedRow(body.id)).toMatchObject({ tag: "quote", note: null, start: body.start });
  });

  it("a classmate reusing someone else's annotation id is refused with 409 and cannot take it over", async () => {
    const body = { id: crypto.randomUUID(), ...at("the survey was rigged"), tag: "loaded_language" };
    expect((await post(studentA1, body)).status).toBe(201);
    const response = await expectNothingChanged(db, () => post(studentA2, body));
    expectError(response, 409, "conflict");
    expect((await storedRow(body.id)).submission.userId).toBe(fx.studentA1.id);
  });

  it("an id already used in another class gets exactly the answer a classmate's or one's own reused id gets, and it does not say that a highlight exists", async () => {
    const range = at("the survey was rigged");
    const elsewhere = { id: crypto.randomUUID(), ...range, tag: "loaded_language" };
    expect((await post(studentB, elsewhere, fx.assignmentB.id)).status).toBe(201);
    const classmates = { id: crypto.randomUUID(), ...range, tag: "loaded_language" };
    expect((await post(studentA2, classmates)).status).toBe(201);
    const mine = { id: crypto.randomUUID(), ...range, tag: "quote" };
    expect((await post(studentA1, mine)).status).toBe(201);

    const answers = [];
    for (const id of [elsewhere.id, classmates.id, mine.id]) {
      answers.push(await expectNothingChanged(db, () => post(studentA1, { id, ...range, tag: "loaded_language" })));
    }
    const [foreign, ...others] = answers.map((answer) => ({ status: answer.status, body: answer.body }));
    for (const other of others) expect(other).toEqual(foreign);
    const { error } = expectError(answers[0]!, 409, "conflict");
    expect(error.message).toBe("This id cannot be used for a new highlight. Make a new id.");
    expect(answers[0]!.text).not.toMatch(/exist|another class|English 10C/i);
    // The owner's own retry still answers with the stored record.
    expect((await post(studentB, elsewhere, fx.assignmentB.id)).status).toBe(200);
  });

  it("the same id on another assignment is 409, not a second row", async () => {
    const body = { id: crypto.randomUUID(), ...at("green space"), tag: "loaded_language" };
    expect((await post(studentA1, body)).status).toBe(201);
    expectError(await expectNothingChanged(db, () => post(studentA1, body, fx.assignmentA2.id)), 409, "conflict");
  });
});
