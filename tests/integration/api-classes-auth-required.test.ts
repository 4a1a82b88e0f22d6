import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser, enroll } from "@/prisma/seed/factories";
import { anonymous, CookieJar, HttpSession, SESSION_COOKIE, signIn, type RequestOptions } from "../support/http-session";
import { expectNoAccountChange, joinCodeOf, newPassword, signUpStudent, signUpTeacher, uniqueEmail, uniqueUsername } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let code: string;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "classes-auth");
  code = await joinCodeOf(db, fx.classA.id);
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

/** Every account and class route that needs a session, each with a request that would succeed for the right person. */
const routes: Route[] = [
  { name: "GET /api/classes", method: "GET", path: () => "/api/classes" },
  { name: "POST /api/classes", method: "POST", path: () => "/api/classes", options: () => ({ json: { name: "Sneaky class" } }) },
  { name: "GET /api/classes/{id}", method: "GET", path: () => `/api/classes/${fx.classA.id}` },
  { name: "PATCH /api/classes/{id}", method: "PATCH", path: () => `/api/classes/${fx.classA.id}`, options: () => ({ json: { archived: true } }) },
  { name: "POST /api/classes/{id}/join-code", method: "POST", path: () => `/api/classes/${fx.classA.id}/join-code` },
  { name: "POST /api/classes/join", method: "POST", path: () => "/api/classes/join", options: () => ({ json: { code } }) },
  { name: "DELETE /api/classes/{id}/students/{studentId}", method: "DELETE", path: () => `/api/classes/${fx.classA.id}/students/${fx.studentA2.id}` },
  {
    name: "POST /api/classes/{id}/students/{studentId}/password-reset",
    method: "POST",
    path: () => `/api/classes/${fx.classA.id}/students/${fx.studentA2.id}/password-reset`,
  },
  {
    name: "POST /api/account/password",
    method: "POST",
    path: () => "/api/account/password",
    options: () => ({ json: { currentPassword: fx.studentA2.password, newPassword: newPassword() } }),
  },
];

describe("every account and class route refuses a request without a session", () => {
  it.each(routes)("$name without a session is 401 unauthenticated and changes nothing", async (route) => {
    const response = await expectNoAccountChange(db, () => anonymous().request(route.method, route.path(), route.options?.()));
    expectError(response, 401, "unauthenticated");
  });

  it.each(routes)("$name with a forged session cookie is 401 unauthenticated and changes nothing", async (route) => {
    const jar = new CookieJar();
    jar.set(SESSION_COOKIE, "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged");
    const forged = new HttpSession(undefined, jar);
    const response = await expectNoAccountChange(db, () => forged.request(route.method, route.path(), route.options?.()));
    expectError(response, 401, "unauthenticated");
  });

  it("checks the session before the id: a malformed class id without a session is 401, not 404", async () => {
    expectError(await anonymous().get("/api/classes/not-a-uuid"), 401, "unauthenticated");
    expectError(await anonymous().delete("/api/classes/not-a-uuid/students/not-a-uuid"), 401, "unauthenticated");
  });

  it("a deleted account's session is 401 on these routes too", async () => {
    const email = uniqueEmail("gone", "classes-auth");
    const password = newPassword();
    const user = await createUser(db, { email, name: "Gone Away", role: "TEACHER", password });
    const session = await signIn(email, password);
    expect((await session.get("/api/classes")).status).toBe(200);
    await db.user.delete({ where: { id: user.id } });
    expectError(await session.get("/api/classes"), 401, "unauthenticated");
    expectError(await expectNoAccountChange(db, () => session.post("/api/classes", { name: "Ghost class" })), 401, "unauthenticated");
  });
});

describe("the two sign-up routes are public", () => {
  it("a teacher signs up without a session", async () => {
    expect((await signUpTeacher({ name: "Public Teacher", email: uniqueEmail("public", "classes-auth"), password: newPassword() })).status).toBe(201);
  });

  it("a student signs up without a session", async () => {
    expect((await signUpStudent({ code, name: "Public Student", username: uniqueUsername("public"), password: newPassword() })).status).toBe(201);
  });
});

describe("a user whose password the teacher reset may do nothing but choose a new one", () => {
  it.each(routes.filter((route) => route.name !== "POST /api/account/password"))(
    "$name is 403 password_change_required and changes nothing",
    async (route) => {
      // A teacher of class A whose flag is set, so that the request would otherwise be allowed.
      const email = uniqueEmail("held.teacher", "classes-auth");
      const password = newPassword();
      const teacher = await createUser(db, { email, name: "Held Teacher", role: "TEACHER", password });
      await enroll(db, fx.classA.id, teacher.id, "TEACHER");
      await db.user.update({ where: { id: teacher.id }, data: { mustChangePassword: true } });
      const session = await signIn(email, password);
      const response = await expectNoAccountChange(db, () => session.request(route.method, route.path(), route.options?.()));
      expectError(response, 403, "password_change_required");
    },
  );
});
