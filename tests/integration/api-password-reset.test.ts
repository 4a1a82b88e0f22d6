import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser, enroll, locatePhrase } from "@/prisma/seed/factories";
import { anonymous, signIn, type HttpSession } from "../support/http-session";
import { expectNoAccountChange, joinCodeOf, newPassword, TEMPORARY_PASSWORD_PATTERN, uniqueEmail, uniqueUsername } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let teacherB: HttpSession;
let studentA1: HttpSession;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "reset");
  ({ teacherA, teacherB, studentA1 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

/**
 * A student of class A of their own, so that resetting them disturbs no other test. They
 * sign in with a username (`email` holds it): a teacher resets only accounts the class owns.
 */
async function freshStudent(name = "Mateo Silva") {
  const username = uniqueUsername(name.split(" ")[0]!);
  const password = newPassword();
  const user = await createUser(db, { username, name, role: "STUDENT", password });
  await enroll(db, fx.classA.id, user.id, "STUDENT");
  return { id: user.id, email: username, password };
}

const TEMPORARY_PASSWORD_EXPIRED = "Your temporary password has expired. Ask your teacher to reset your password again.";

const resetPath = (studentId: string, classId = fx.classA.id) => `/api/classes/${classId}/students/${studentId}/password-reset`;

async function reset(session: HttpSession, studentId: string, classId = fx.classA.id) {
  return session.post<{ temporaryPassword: string; expiresAt: string }>(resetPath(studentId, classId));
}

const userRow = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

describe("POST /api/classes/{id}/students/{studentId}/password-reset", () => {
  it("the class's teacher gets a one-time temporary password, and the student's old password stops working", async () => {
    const student = await freshStudent();
    const before = await userRow(student.id);
    const response = await reset(teacherA, student.id);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(["expiresAt", "temporaryPassword"]);
    expect(response.body.temporaryPassword).toMatch(TEMPORARY_PASSWORD_PATTERN);
    const hoursValid = (Date.parse(response.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursValid).toBeGreaterThan(23.9);
    expect(hoursValid).toBeLessThanOrEqual(24);
    const after = await userRow(student.id);
    expect(after.mustChangePassword).toBe(true);
    expect(after.tempPasswordUntil?.toISOString()).toBe(response.body.expiresAt);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(after.passwordHash).not.toContain(response.body.temporaryPassword);
    await expect(signIn(student.email, student.password)).rejects.toThrow(/gave no session/);
  });

  it("each reset gives a new temporary password, and the earlier one stops working", async () => {
    const student = await freshStudent();
    const first = (await reset(teacherA, student.id)).body.temporaryPassword;
    const second = (await reset(teacherA, student.id)).body.temporaryPassword;
    expect(second).toMatch(TEMPORARY_PASSWORD_PATTERN);
    expect(second).not.toBe(first);
    await expect(signIn(student.email, first)).rejects.toThrow(/gave no session/);
    await expect(signIn(student.email, second)).resolves.toBeDefined();
  });

  it("the student signs in with it, and then every other API call is 403 password_change_required and changes nothing", async () => {
    const student = await freshStudent();
    const { temporaryPassword } = (await reset(teacherA, student.id)).body;
    const session = await signIn(student.email, temporaryPassword);
    const code = await joinCodeOf(db, fx.classB.id);
    const attempts = [
      () => session.get("/api/assignments"),
      () => session.get(`/api/assignments/${fx.assignmentA.id}`),
      () => session.get(`/api/assignments/${fx.assignmentA.id}/annotations`),
      () => session.post(`/api/assignments/${fx.assignmentA.id}/annotations`, { ...locatePhrase(fx.article.text, "rigged"), tag: "loaded_language" }),
      () => session.get("/api/classes"),
      () => session.get(`/api/classes/${fx.classA.id}`),
      () => session.post("/api/classes/join", { code }),
    ];
    for (const attempt of attempts) {
      const { error } = expectError(await expectNoAccountChange(db, attempt), 403, "password_change_required");
      expect(error.message).toBe("Choose a new password first (your teacher reset it).");
    }
  });

  it("after choosing a new password with the temporary one as the current one, the API works and the flag is cleared", async () => {
    const student = await freshStudent();
    const { temporaryPassword } = (await reset(teacherA, student.id)).body;
    const session = await signIn(student.email, temporaryPassword);
    const chosen = newPassword();
    const changed = await session.post("/api/account/password", { currentPassword: temporaryPassword, newPassword: chosen });
    expect(changed.status).toBe(204);
    expect((await userRow(student.id)).mustChangePassword).toBe(false);
    const list = await session.get<{ id: string }[]>("/api/assignments");
    expect(list.status).toBe(200);
    expect(list.body.map((a) => a.id)).toContain(fx.assignmentA.id);
    await expect(signIn(student.email, temporaryPassword)).rejects.toThrow(/gave no session/);
    const fresh = await signIn(student.email, chosen);
    expect((await fresh.get(`/api/assignments/${fx.assignmentA.id}`)).status).toBe(200);
  });

  it("a wrong current password while a change is pending is 422, and the student stays held", async () => {
    const student = await freshStudent();
    const { temporaryPassword } = (await reset(teacherA, student.id)).body;
    const session = await signIn(student.email, temporaryPassword);
    const response = await expectNoAccountChange(db, () => session.post("/api/account/password", { currentPassword: student.password, newPassword: newPassword() }));
    expectError(response, 422, "validation_failed");
    expect((await userRow(student.id)).mustChangePassword).toBe(true);
    expectError(await session.get("/api/assignments"), 403, "password_change_required");
  });

  it("takes effect at once: a session the student had before the reset is signed out", async () => {
    const student = await freshStudent();
    const earlier = await signIn(student.email, student.password);
    expect((await earlier.get("/api/assignments")).status).toBe(200);
    const { temporaryPassword } = (await reset(teacherA, student.id)).body;
    expectError(await earlier.get("/api/assignments"), 401, "unauthenticated");
    expectError(await earlier.post("/api/account/password", { currentPassword: temporaryPassword, newPassword: newPassword() }), 401, "unauthenticated");
  });

  it("a student who signed up with an email address is not reset: 403 pointing to 'Forgot your password?', and nothing changes", async () => {
    const email = uniqueEmail("mateo", "reset");
    const user = await createUser(db, { email, name: "Mateo Silva", role: "STUDENT", password: newPassword() });
    await enroll(db, fx.classA.id, user.id, "STUDENT");
    const { error } = expectError(await expectNoAccountChange(db, () => reset(teacherA, user.id)), 403, "forbidden");
    expect(error.message).toContain("Forgot your password?");
    expectError(await expectNoAccountChange(db, () => reset(teacherA, fx.studentA2.id)), 403, "forbidden");
  });

  it("a temporary password no longer signs in after 24 hours, and the student is told to ask their teacher again", async () => {
    const student = await freshStudent();
    const { temporaryPassword } = (await reset(teacherA, student.id)).body;
    await db.user.update({ where: { id: student.id }, data: { tempPasswordUntil: new Date(Date.now() - 1000) } });
    await expect(signIn(student.email, temporaryPassword)).rejects.toThrow(/code=temporary_password_expired/);
    // Only someone who knows the temporary password learns that it expired.
    const wrongGuess = await signIn(student.email, "a-wrong-guess-at-it").then(() => "signed in", (error: Error) => error.message);
    expect(wrongGuess).toMatch(/gave no session/);
    expect(wrongGuess).not.toMatch(/temporary_password_expired/);
  });

  it("a session signed in with a temporary password cannot choose a new one with it once it has expired", async () => {
    const student = await freshStudent();
    const { temporaryPassword } = (await reset(teacherA, student.id)).body;
    const session = await signIn(student.email, temporaryPassword);
    await db.user.update({ where: { id: student.id }, data: { tempPasswordUntil: new Date(Date.now() - 1000) } });
    const response = await expectNoAccountChange(db, () => session.post("/api/account/password", { currentPassword: temporaryPassword, newPassword: newPassword() }));
    expect(expectError(response, 422, "validation_failed").error.message).toBe(TEMPORARY_PASSWORD_EXPIRED);
  });

  it("a teacher of another class is 404, as if the class did not exist, and no password changes", async () => {
    const student = await freshStudent();
    const response = await expectNoAccountChange(db, () => reset(teacherB, student.id));
    const { error } = expectError(response, 404, "not_found");
    expect(error.message).toBe("The class was not found.");
    await expect(signIn(student.email, student.password)).resolves.toBeDefined();
  });

  it("a teacher cannot reach another class's student through their own class: 404, and no password changes", async () => {
    const response = await expectNoAccountChange(db, () => reset(teacherA, fx.studentB.id));
    const { error } = expectError(response, 404, "not_found");
    expect(error.message).toBe("That student was not found.");
    await expect(fx.signIn(fx.studentB)).resolves.toBeDefined();
  });

  it("a student of the class is 403 forbidden, for a classmate and for themselves, and no password changes", async () => {
    for (const target of [fx.studentA2.id, fx.studentA1.id]) {
      const { error } = expectError(await expectNoAccountChange(db, () => reset(studentA1, target)), 403, "forbidden");
      expect(error.message).toBe("Only the class's teacher can reset a student's password.");
    }
  });

  it("a student of another class is 404, and no password changes", async () => {
    const studentB = await fx.signIn(fx.studentB);
    expectError(await expectNoAccountChange(db, () => reset(studentB, fx.studentA1.id)), 404, "not_found");
  });

  it("the teacher's own id, or a co-teacher's, is not a student of the class: 404, and no password changes", async () => {
    const coTeacher = await createUser(db, { email: uniqueEmail("co.teacher", "reset"), name: "Ruth Adler", role: "TEACHER", password: newPassword() });
    await enroll(db, fx.classA.id, coTeacher.id, "TEACHER");
    for (const id of [fx.teacherA.id, coTeacher.id]) {
      expectError(await expectNoAccountChange(db, () => reset(teacherA, id)), 404, "not_found");
    }
  });

  it.each([
    ["a student id that does not exist", () => resetPath(crypto.randomUUID())],
    ["a malformed student id", () => resetPath("not-a-uuid")],
    ["a class id that does not exist", () => resetPath(fx.studentA1.id, crypto.randomUUID())],
    ["a malformed class id", () => resetPath(fx.studentA1.id, "12345")],
  ])("%s is 404, and no password changes", async (_what, path) => {
    expectError(await expectNoAccountChange(db, () => teacherA.post(path())), 404, "not_found");
  });

  it("without a session it is 401, and no password changes", async () => {
    expectError(await expectNoAccountChange(db, () => reset(anonymous(), fx.studentA1.id)), 401, "unauthenticated");
  });
});
