import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, locatePhrase } from "@/prisma/seed/factories";
import { expectError } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { expectNothingChanged, openTestDatabase } from "./support/database";
import { anonymous, CookieJar, HttpSession, SESSION_COOKIE, signIn, type RequestOptions } from "../support/http-session";

let db: PrismaClient;
let fx: ClassFixture;
let annotationId: string;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "auth");
  const record = await createAnnotationRecord(db, {
    assignmentId: fx.assignmentA.id,
    userId: fx.studentA1.id,
    text: fx.article.text,
    ...locatePhrase(fx.article.text, "a triumph for common sense"),
    tag: "quote",
  });
  annotationId = record.id;
});

afterAll(async () => {
  await db.$disconnect();
});

interface Route {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: () => string;
  options?: () => RequestOptions;
}

const validCreate = () => ({ json: { id: crypto.randomUUID(), ...locatePhrase(fx.article.text, "rigged"), tag: "loaded_language" } });

const routes: Route[] = [
  { name: "GET /api/assignments", method: "GET", path: () => "/api/assignments" },
  { name: "GET /api/assignments/{id}", method: "GET", path: () => `/api/assignments/${fx.assignmentA.id}` },
  { name: "GET /api/assignments/{id}/annotations", method: "GET", path: () => `/api/assignments/${fx.assignmentA.id}/annotations` },
  {
    name: "GET /api/assignments/{id}/annotations?scope=class",
    method: "GET",
    path: () => `/api/assignments/${fx.assignmentA.id}/annotations?scope=class`,
  },
  { name: "POST /api/assignments/{id}/annotations", method: "POST", path: () => `/api/assignments/${fx.assignmentA.id}/annotations`, options: validCreate },
  { name: "PATCH /api/annotations/{id}", method: "PATCH", path: () => `/api/annotations/${annotationId}`, options: () => ({ json: { tag: "opinion" } }) },
  { name: "DELETE /api/annotations/{id}", method: "DELETE", path: () => `/api/annotations/${annotationId}` },
];

describe("every API route refuses a request without a session", () => {
  it.each(routes)("$name without a session is 401 unauthenticated and changes nothing", async (route) => {
    const response = await expectNothingChanged(db, () => anonymous().request(route.method, route.path(), route.options?.()));
    expectError(response, 401, "unauthenticated");
  });

  it.each(routes)("$name with a forged session cookie is 401 unauthenticated and changes nothing", async (route) => {
    const jar = new CookieJar();
    jar.set(SESSION_COOKIE, "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged");
    const forged = new HttpSession(undefined, jar);
    const response = await expectNothingChanged(db, () => forged.request(route.method, route.path(), route.options?.()));
    expectError(response, 401, "unauthenticated");
  });

  it("checks the session before the body: malformed JSON without a session is 401, not 400", async () => {
    const response = await anonymous().post(`/api/assignments/${fx.assignmentA.id}/annotations`, undefined, {
      raw: "{\"start\": 1,",
      headers: { "content-type": "application/json" },
    });
    expectError(response, 401, "unauthenticated");
  });

  it("checks the session before the id: a malformed id without a session is 401, not 404", async () => {
    expectError(await anonymous().get("/api/assignments/not-a-uuid"), 401, "unauthenticated");
    expectError(await anonymous().delete("/api/annotations/not-a-uuid"), 401, "unauthenticated");
  });
});

describe("signing in", () => {
  it("an identifier with a NUL character is an ordinary failed sign-in, not a server error", async () => {
    const failure = await signIn(`${fx.studentA1.email}\u0000`, fx.studentA1.password).catch((error: Error) => error.message);
    expect(failure).toMatch(/gave no session/);
    expect(failure).not.toContain("error=Configuration");
  });

  it("a wrong password gives no session, and the API still answers 401", async () => {
    await expect(signIn(fx.studentA1.email, `${fx.studentA1.password}-wrong`)).rejects.toThrow(/gave no session/);
    await expect(signIn(`nobody-${fx.studentA1.email}`, fx.studentA1.password)).rejects.toThrow(/gave no session/);
  });

  it("the right password gives a session the API accepts", async () => {
    const student = await fx.signIn(fx.studentA1);
    const response = await student.get(`/api/assignments/${fx.assignmentA.id}`);
    expect(response.status).toBe(200);
  });

  it("sign-in is case-insensitive in the email", async () => {
    const student = await signIn(fx.studentA2.email.toUpperCase(), fx.studentA2.password);
    expect((await student.get("/api/assignments")).status).toBe(200);
  });
});
