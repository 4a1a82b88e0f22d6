import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser, enroll } from "@/prisma/seed/factories";
import { CookieJar, HttpSession, SESSION_COOKIE, signIn } from "../support/http-session";
import { newPassword, uniqueEmail, uniqueUsername } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import { copyOf, signOutOver } from "./support/sessions";
import { testEnv } from "./support/test-env";

/** F6: a session cookie stops working when its session ends, wherever a copy of it is. */

let db: PrismaClient;
let fx: ClassFixture;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "sessions");
});

afterAll(async () => {
  await db.$disconnect();
});

async function freshAccount(kind: "email" | "username" = "email") {
  const identifier = kind === "email" ? uniqueEmail("noor.haddad", "sessions") : uniqueUsername("noor");
  const password = newPassword();
  const user = await createUser(db, { [kind]: identifier, name: "Noor Haddad", role: "STUDENT", password });
  await enroll(db, fx.classA.id, user.id, "STUDENT");
  return { id: user.id, identifier, password, session: await signIn(identifier, password) };
}

const works = async (session: HttpSession) => (await session.get("/api/assignments")).status === 200;

/** A session cookie signed with the app's own secret, as Auth.js would make it, with the claims given. */
async function forgeCookie(claims: Record<string, unknown>): Promise<HttpSession> {
  const value = await encode({ token: claims, secret: testEnv("AUTH_SECRET"), salt: SESSION_COOKIE, maxAge: 60 * 60 });
  const jar = new CookieJar();
  jar.set(SESSION_COOKIE, value);
  return new HttpSession(undefined, jar);
}

describe("ending a session ends every copy of its cookie (F6)", () => {
  it("a copied session cookie stops working once its owner signs out", async () => {
    const account = await freshAccount();
    const copy = copyOf(account.session);
    expect(await works(copy)).toBe(true);
    expect(await signOutOver(account.session)).toBe(302);
    expectError(await copy.get("/api/assignments"), 401, "unauthenticated");
    expectError(await copy.post("/api/classes/join", { code: "ABCDEF" }), 401, "unauthenticated");
  });

  it("signing out ends only that session: the owner's session in another browser goes on", async () => {
    const account = await freshAccount();
    const otherBrowser = await signIn(account.identifier, account.password);
    expect(await signOutOver(account.session)).toBe(302);
    expect(await works(otherBrowser)).toBe(true);
  });

  it("after a password change, a copied cookie and the owner's other sessions stop working, and the session that changed it goes on", async () => {
    const account = await freshAccount();
    const copy = copyOf(account.session);
    const otherBrowser = await signIn(account.identifier, account.password);
    const changed = await account.session.post("/api/account/password", { currentPassword: account.password, newPassword: newPassword() });
    expect(changed.status).toBe(204);
    expectError(await copy.get("/api/assignments"), 401, "unauthenticated");
    expectError(await otherBrowser.get("/api/assignments"), 401, "unauthenticated");
    expect(await works(account.session)).toBe(true);
  });

  it("after a teacher resets a student's password, the student's sessions and their copies are signed out", async () => {
    const account = await freshAccount("username");
    const copy = copyOf(account.session);
    const teacher = await fx.signIn(fx.teacherA);
    const reset = await teacher.post(`/api/classes/${fx.classA.id}/students/${account.id}/password-reset`);
    expect(reset.status).toBe(200);
    expectError(await account.session.get("/api/assignments"), 401, "unauthenticated");
    expectError(await copy.get("/api/assignments"), 401, "unauthenticated");
  });

  it("a revoked cookie cannot bring itself back through Auth.js's session update", async () => {
    const account = await freshAccount();
    const copy = copyOf(account.session);
    await signOutOver(account.session);
    const csrf = await copy.get<{ csrfToken: string }>("/api/auth/csrf");
    const sessionIdOfAnother = crypto.randomUUID();
    await copy.post("/api/auth/session", { csrfToken: csrf.body.csrfToken, data: { sid: sessionIdOfAnother, sessionId: sessionIdOfAnother } });
    expectError(await copy.get("/api/assignments"), 401, "unauthenticated");
  });

  it("a cookie that names the user but no session of theirs, even signed with the app's secret, signs nobody in", async () => {
    const account = await freshAccount();
    for (const claims of [{ sub: account.id, role: "STUDENT" }, { sub: account.id, role: "STUDENT", sid: crypto.randomUUID() }]) {
      expectError(await (await forgeCookie(claims)).get("/api/assignments"), 401, "unauthenticated");
    }
  });
});
