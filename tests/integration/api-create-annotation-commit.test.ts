import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationDto } from "@/lib/annotations/schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { CommitHold } from "./support/commit-hold";
import { openTestDatabase } from "./support/database";
import { testEnv } from "./support/test-env";
import type { ApiResponse, HttpSession } from "../support/http-session";

let db: PrismaClient;
let fx: ClassFixture;
let student: HttpSession;
let hold: CommitHold;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "commit");
  student = await fx.signIn(fx.studentA1);
  hold = await CommitHold.install(testEnv("DATABASE_URL"));
});

afterAll(async () => {
  await hold?.uninstall();
  await db?.$disconnect();
});

describe("POST /api/assignments/{id}/annotations: acknowledged only once committed", () => {
  it("the 2xx does not come while the save's COMMIT cannot finish, and comes with the row visible to every connection once it can", async () => {
    const body = { id: crypto.randomUUID(), ...locatePhrase(fx.article.text, "a triumph for common sense"), tag: "quote", note: hold.marker };
    await hold.hold();
    let answer: ApiResponse | undefined;
    const saving = student.post(`/api/assignments/${fx.assignmentA.id}/annotations`, body).then((response) => (answer = response));
    try {
      await hold.untilWaiting(1); // the row is written; the transaction is at its COMMIT
      await new Promise((resolve) => setTimeout(resolve, 500)); // ample time for an early answer to arrive
      expect(answer, "answered before the commit").toBeUndefined();
      expect(await hold.visibleRows([body.id])).toBe(0);
    } finally {
      await hold.release();
    }
    const response = await saving;
    expect(response.status).toBe(201);
    expect(AnnotationDto.parse(response.body)).toMatchObject({ id: body.id, tag: "quote" });
    expect(await hold.visibleRows([body.id])).toBe(1);
  });
});
