import { afterAll, beforeAll, describe, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, createArticle, createUser, enroll, locatePhrase, submitWork } from "@/prisma/seed/factories";
import { anonymous, CookieJar, HttpSession, SESSION_COOKIE, signIn, type RequestOptions } from "../support/http-session";
import { newPassword, uniqueEmail } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { expectNoClassroomChange } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let annotationId: string;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "classroom-auth");
  annotationId = (
    await createAnnotationRecord(db, {
      assignmentId: fx.assignmentA.id,
      userId: fx.studentA1.id,
      text: fx.article.text,
      ...locatePhrase(fx.article.text, "a triumph for common sense"),
      tag: "quote",
    })
  ).id;
  await submitWork(db, fx.assignmentA.id, fx.studentA1.id);
});

afterAll(async () => {
  await db.$disconnect();
});

interface Route {
  name: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The article id is the caller's own, so that the request would otherwise succeed. */
  path: (articleId: string) => string;
  options?: () => RequestOptions;
}

const a = () => fx.assignmentA.id;
const student = () => fx.studentA1.id;

/** Every article, assignment, submission and feedback route, each with a request that would succeed for the class's teacher. */
const routes: Route[] = [
  { name: "GET /api/articles", method: "GET", path: () => "/api/articles" },
  { name: "POST /api/articles (JSON)", method: "POST", path: () => "/api/articles", options: () => ({ json: { title: "Sneaky", text: "Words." } }) },
  {
    name: "POST /api/articles (multipart)",
    method: "POST",
    path: () => "/api/articles",
    options: () => ({
      raw: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nWords.\r\n--b--\r\n',
      headers: { "content-type": "multipart/form-data; boundary=b" },
    }),
  },
  { name: "GET /api/articles/{id}", method: "GET", path: (articleId) => `/api/articles/${articleId}` },
  { name: "PATCH /api/articles/{id}", method: "PATCH", path: (articleId) => `/api/articles/${articleId}`, options: () => ({ json: { text: "Rewritten." } }) },
  {
    name: "POST /api/assignments",
    method: "POST",
    path: () => "/api/assignments",
    options: () => ({ json: { classId: fx.classA.id, articleId: fx.article.id, title: "Sneaky work" } }),
  },
  { name: "PATCH /api/assignments/{id}", method: "PATCH", path: () => `/api/assignments/${a()}`, options: () => ({ json: { title: "Renamed" } }) },
  { name: "GET /api/assignments/{id}/submission", method: "GET", path: () => `/api/assignments/${a()}/submission` },
  { name: "POST /api/assignments/{id}/submit", method: "POST", path: () => `/api/assignments/${a()}/submit` },
  { name: "POST /api/assignments/{id}/unsubmit", method: "POST", path: () => `/api/assignments/${a()}/unsubmit` },
  { name: "GET /api/assignments/{id}/progress", method: "GET", path: () => `/api/assignments/${a()}/progress` },
  { name: "GET /api/assignments/{id}/submissions/{studentId}", method: "GET", path: () => `/api/assignments/${a()}/submissions/${student()}` },
  {
    name: "PUT /api/assignments/{id}/submissions/{studentId}/feedback",
    method: "PUT",
    path: () => `/api/assignments/${a()}/submissions/${student()}/feedback`,
    options: () => ({ json: { score: 10, returned: true, locked: true } }),
  },
  { name: "PUT /api/assignments/{id}/answer-key", method: "PUT", path: () => `/api/assignments/${a()}/answer-key`, options: () => ({ json: { enabled: false } }) },
  { name: "PUT /api/annotations/{id}/feedback", method: "PUT", path: () => `/api/annotations/${annotationId}/feedback`, options: () => ({ json: { verdict: "AGREE" } }) },
];

describe("every article, assignment and feedback route refuses a request without a session", () => {
  it.each(routes)("$name without a session is 401 unauthenticated and changes nothing", async (route) => {
    const response = await expectNoClassroomChange(db, () => anonymous().request(route.method, route.path(fx.article.id), route.options?.()));
    expectError(response, 401, "unauthenticated");
  });

  it.each(routes)("$name with a forged session cookie is 401 unauthenticated and changes nothing", async (route) => {
    const jar = new CookieJar();
    jar.set(SESSION_COOKIE, "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged");
    const forged = new HttpSession(undefined, jar);
    const response = await expectNoClassroomChange(db, () => forged.request(route.method, route.path(fx.article.id), route.options?.()));
    expectError(response, 401, "unauthenticated");
  });
});

describe("a teacher whose password was reset may not use them until choosing a new one", () => {
  it.each(routes)("$name is 403 password_change_required and changes nothing", async (route) => {
    // A second teacher of class A, with an article of their own, whose flag is set.
    const email = uniqueEmail("held.teacher", "classroom-auth");
    const password = newPassword();
    const teacher = await createUser(db, { email, name: "Held Teacher", role: "TEACHER", password });
    await enroll(db, fx.classA.id, teacher.id, "TEACHER");
    const article = await createArticle(db, { title: "Held teacher's article", text: "Words of their own.", createdById: teacher.id });
    await db.user.update({ where: { id: teacher.id }, data: { mustChangePassword: true } });
    const session = await signIn(email, password);
    const response = await expectNoClassroomChange(db, () => session.request(route.method, route.path(article.id), route.options?.()));
    expectError(response, 403, "password_change_required");
  });
});
