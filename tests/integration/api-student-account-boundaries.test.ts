import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser, enroll, locatePhrase } from "@/prisma/seed/factories";
import { signIn, type HttpSession } from "../support/http-session";
import { expectNoAccountChange, newPassword, TEMPORARY_PASSWORD_PATTERN, uniqueEmail, uniqueUsername, type ClassDetailBody } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

/**
 * F1: a teacher's power over a student ends at their own classes. A teacher (anyone can
 * sign up as one) must not be able to take over a student who joined their class too.
 */

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let teacherB: HttpSession;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "boundaries");
  ({ teacherA, teacherB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

const EMAIL_REFUSAL = 'This student signed up with an email address: ask them to use "Forgot your password?" on the sign-in page.';
const OTHER_CLASS_REFUSAL = "This student is also in a class you do not teach, so you cannot reset their password. Ask an admin to reset it.";

/** A student of their own in the given classes, signing in with an email address or only a username. */
async function freshStudent(kind: "email" | "username", classIds: string[]) {
  const identifier = kind === "email" ? uniqueEmail("quinn.harper", "boundaries") : uniqueUsername("quinn");
  const password = newPassword();
  const user = await createUser(db, { [kind]: identifier, name: "Quinn Harper", role: "STUDENT", password });
  for (const classId of classIds) await enroll(db, classId, user.id, "STUDENT");
  return { id: user.id, identifier, password };
}

const reset = (session: HttpSession, classId: string, studentId: string) =>
  session.post<{ temporaryPassword: string; expiresAt: string }>(`/api/classes/${classId}/students/${studentId}/password-reset`);

describe("a teacher's power over a student ends at their own classes (F1)", () => {
  it("a teacher whose class the student also joined cannot reset their password, sign in as them, or read the other class's notes", async () => {
    // Q is in teacher A's class and has written a note there; Q then joins teacher B's class too.
    const q = await freshStudent("email", [fx.classA.id, fx.classB.id]);
    const classmate = await fx.signIn(fx.studentA1);
    const note = { ...locatePhrase(fx.article.text, "rigged"), tag: "loaded_language", note: "A classmate's private note" };
    expect((await classmate.post(`/api/assignments/${fx.assignmentA.id}/annotations`, note)).status).toBe(201);

    const response = await expectNoAccountChange(db, () => reset(teacherB, fx.classB.id, q.id));
    const { error } = expectError(response, 403, "forbidden");
    expect(error.message).toBe(EMAIL_REFUSAL);
    expect(response.text).not.toMatch(/temporaryPassword/);

    // Q still signs in with their own password and reads their class; teacher B has no way in.
    const own = await signIn(q.identifier, q.password);
    expect((await own.get(`/api/assignments/${fx.assignmentA.id}`)).status).toBe(200);
    expectError(await teacherB.get(`/api/assignments/${fx.assignmentA.id}/annotations?scope=class`), 404, "not_found");
  });

  it("the student's only teacher cannot reset the password of a student with an email address either: 403, nothing changes", async () => {
    const q = await freshStudent("email", [fx.classA.id]);
    const { error } = expectError(await expectNoAccountChange(db, () => reset(teacherA, fx.classA.id, q.id)), 403, "forbidden");
    expect(error.message).toBe(EMAIL_REFUSAL);
    await expect(signIn(q.identifier, q.password)).resolves.toBeDefined();
  });

  it("a username-only student whose only class is the teacher's can be reset by that teacher", async () => {
    const q = await freshStudent("username", [fx.classA.id]);
    const response = await reset(teacherA, fx.classA.id, q.id);
    expect(response.status).toBe(200);
    expect(response.body.temporaryPassword).toMatch(TEMPORARY_PASSWORD_PATTERN);
    await expect(signIn(q.identifier, response.body.temporaryPassword)).resolves.toBeDefined();
  });

  it("a username-only student in two teachers' classes cannot be reset by either teacher, and is told to ask an admin", async () => {
    const q = await freshStudent("username", [fx.classA.id, fx.classB.id]);
    for (const [session, classId] of [[teacherA, fx.classA.id], [teacherB, fx.classB.id]] as const) {
      const { error } = expectError(await expectNoAccountChange(db, () => reset(session, classId, q.id)), 403, "forbidden");
      expect(error.message).toBe(OTHER_CLASS_REFUSAL);
    }
    await expect(signIn(q.identifier, q.password)).resolves.toBeDefined();
  });

  it("a co-teacher of the student's only class may reset a username-only student", async () => {
    const q = await freshStudent("username", [fx.classA.id]);
    const coTeacherEmail = uniqueEmail("ruth.adler", "boundaries");
    const coTeacherPassword = newPassword();
    const coTeacher = await createUser(db, { email: coTeacherEmail, name: "Ruth Adler", role: "TEACHER", password: coTeacherPassword });
    await enroll(db, fx.classA.id, coTeacher.id, "TEACHER");
    const response = await reset(await signIn(coTeacherEmail, coTeacherPassword), fx.classA.id, q.id);
    expect(response.status).toBe(200);
  });

  it("an admin may reset a username-only student in any class, but not a student with an email address", async () => {
    const adminEmail = uniqueEmail("root.admin", "boundaries");
    const adminPassword = newPassword();
    await createUser(db, { email: adminEmail, name: "Site Admin", role: "ADMIN", password: adminPassword });
    const admin = await signIn(adminEmail, adminPassword);
    const shared = await freshStudent("username", [fx.classA.id, fx.classB.id]);
    expect((await reset(admin, fx.classB.id, shared.id)).status).toBe(200);
    const withEmail = await freshStudent("email", [fx.classA.id]);
    expectError(await expectNoAccountChange(db, () => reset(admin, fx.classA.id, withEmail.id)), 403, "forbidden");
  });

  it("the roster says, for each student, whether the teacher can reset the password, and why not", async () => {
    const resettable = await freshStudent("username", [fx.classA.id]);
    const shared = await freshStudent("username", [fx.classA.id, fx.classB.id]);
    const withEmail = await freshStudent("email", [fx.classA.id]);
    const response = await teacherA.get<ClassDetailBody>(`/api/classes/${fx.classA.id}`);
    expect(response.status).toBe(200);
    const entry = (id: string) => response.body.students?.find((student) => student.id === id);
    expect(entry(resettable.id)).toMatchObject({ canResetPassword: true, passwordResetRefusal: null });
    expect(entry(shared.id)).toMatchObject({ canResetPassword: false, passwordResetRefusal: OTHER_CLASS_REFUSAL });
    expect(entry(withEmail.id)).toMatchObject({ canResetPassword: false, passwordResetRefusal: EMAIL_REFUSAL });
  });
});
