import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, createUser, enroll, locatePhrase } from "@/prisma/seed/factories";
import { anonymous, signIn, type HttpSession } from "../support/http-session";
import {
  asTyped,
  expectNoAccountChange,
  JOIN_CODE_PATTERN,
  joinCodeOf,
  newPassword,
  signUpStudent,
  uniqueEmail,
  uniqueUsername,
  type ClassSummaryBody,
} from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let teacherB: HttpSession;
let studentB: HttpSession;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "membership");
  ({ teacherA, studentA1, teacherB, studentB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

/** A student in no class yet, signed in. */
async function freshStudent(name = "Rosa Delgado") {
  const email = uniqueEmail(name.split(" ")[0]!, "membership");
  const password = newPassword();
  const user = await createUser(db, { email, name, role: "STUDENT", password });
  return { id: user.id, email, password, session: await signIn(email, password) };
}

/** A class of teacher A's own, made over the API, so that changing its code disturbs no other test. */
async function teacherAClass(name: string) {
  const response = await teacherA.post<{ id: string; name: string; joinCode: string }>("/api/classes", { name });
  expect(response.status).toBe(201);
  return response.body;
}

const enrollmentsIn = (classId: string, userId: string) => db.enrollment.findMany({ where: { classId, userId } });

function join(session: HttpSession, code: unknown) {
  return session.post<{ classId: string; className: string }>("/api/classes/join", { code });
}

describe("POST /api/classes/join", () => {
  it("a code with a NUL character is 422 (only letters and digits make a code), never 500, and nothing changes", async () => {
    const code = await joinCodeOf(db, fx.classA.id);
    for (const typed of [`${code}\u0000`, "AB\u0000CD"]) {
      expectError(await expectNoAccountChange(db, () => join(studentA1, typed)), 422, "validation_failed");
    }
  });

  it("a signed-in student joins with the code: 200 with the class, enrolled as a student, and its assignments appear", async () => {
    const student = await freshStudent();
    const response = await join(student.session, await joinCodeOf(db, fx.classA.id));
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: { classId: fx.classA.id, className: fx.classA.name } });
    const rows = await enrollmentsIn(fx.classA.id, student.id);
    expect(rows.map((r) => r.role)).toEqual(["STUDENT"]);
    const list = await student.session.get<{ id: string }[]>("/api/assignments");
    expect(list.body.map((a) => a.id).sort()).toEqual([fx.assignmentA.id, fx.assignmentA2.id].sort());
  });

  it("the code may be typed in lower case with spaces and dashes", async () => {
    const student = await freshStudent();
    const response = await join(student.session, asTyped(await joinCodeOf(db, fx.classB.id)));
    expect(response.status).toBe(200);
    expect(response.body.classId).toBe(fx.classB.id);
  });

  it("joining twice is 200 both times and leaves one enrolment", async () => {
    const student = await freshStudent();
    const code = await joinCodeOf(db, fx.classA.id);
    expect((await join(student.session, code)).status).toBe(200);
    const first = await enrollmentsIn(fx.classA.id, student.id);
    const again = await join(student.session, asTyped(code));
    expect({ status: again.status, body: again.body }).toEqual({ status: 200, body: { classId: fx.classA.id, className: fx.classA.name } });
    expect(await enrollmentsIn(fx.classA.id, student.id)).toEqual(first);
  });

  it("a student already in the class from sign-up joins again without a second enrolment", async () => {
    const code = await joinCodeOf(db, fx.classA.id);
    const input = { code, name: "Tariq Aziz", username: uniqueUsername("tariq"), password: newPassword() };
    const account = await signUpStudent(input);
    const session = await signIn(input.username, input.password);
    const response = await expectNoAccountChange(db, () => join(session, code));
    expect(response.status).toBe(200);
    expect(await enrollmentsIn(fx.classA.id, account.body.id)).toHaveLength(1);
  });

  it("the same join sent several times at once stores one enrolment", async () => {
    const student = await freshStudent();
    const code = await joinCodeOf(db, fx.classA.id);
    const answers = await Promise.all(Array.from({ length: 5 }, () => join(student.session, code)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await enrollmentsIn(fx.classA.id, student.id)).toHaveLength(1);
  });

  it("a student may be in several classes", async () => {
    const student = await freshStudent();
    expect((await join(student.session, await joinCodeOf(db, fx.classA.id))).status).toBe(200);
    expect((await join(student.session, await joinCodeOf(db, fx.classB.id))).status).toBe(200);
    const classes = await student.session.get<ClassSummaryBody[]>("/api/classes");
    expect(classes.body.map((c) => c.id).sort()).toEqual([fx.classA.id, fx.classB.id].sort());
  });

  it("a teacher is 403 forbidden and is not enrolled, even with a real code", async () => {
    const code = await joinCodeOf(db, fx.classA.id);
    const { error } = expectError(await expectNoAccountChange(db, () => join(teacherB, code)), 403, "forbidden");
    expect(error.message).toBe("Only students join classes with a code.");
    expect(await enrollmentsIn(fx.classA.id, fx.teacherB.id)).toEqual([]);
    // The class's own teacher cannot join it as a student either.
    expectError(await expectNoAccountChange(db, () => join(teacherA, code)), 403, "forbidden");
  });

  it("an unknown code is 404, and nothing changes", async () => {
    const { error } = expectError(await expectNoAccountChange(db, () => join(studentA1, "ZZZZZZ")), 404, "not_found");
    expect(error.message).toBe("A class with that code was not found. A class code is 6 letters and digits, like K7MQ3P. Check it with your teacher.");
  });

  it("an archived class's code is 404, and nothing changes", async () => {
    const archived = await teacherAClass("Old Elective");
    expect((await teacherA.patch(`/api/classes/${archived.id}`, { archived: true })).status).toBe(200);
    const student = await freshStudent();
    expectError(await expectNoAccountChange(db, () => join(student.session, archived.joinCode)), 404, "not_found");
  });

  it.each([
    ["an empty code", ""],
    ["a code of only spaces and dashes", " -- "],
    ["a code over 20 characters", "ABCDEF".repeat(4)],
    ["a code that is a number", 123456],
    ["a code that is null", null],
  ])("%s is 422, and nothing changes", async (_what, code) => {
    const { error } = expectError(await expectNoAccountChange(db, () => join(studentA1, code)), 422, "validation_failed");
    expect(error.message).toContain("code");
  });

  it("no code, or an extra field, is 422, and nothing changes", async () => {
    const code = await joinCodeOf(db, fx.classA.id);
    for (const body of [{}, { code, classId: fx.classB.id }, { code, role: "TEACHER" }]) {
      expectError(await expectNoAccountChange(db, () => studentB.post("/api/classes/join", body)), 422, "validation_failed");
    }
  });

  it("malformed JSON is 400, and nothing changes", async () => {
    const response = await expectNoAccountChange(db, () => studentB.post("/api/classes/join", undefined, { raw: "{code:", headers: { "content-type": "application/json" } }));
    expectError(response, 400, "malformed_json");
  });

  it("without a session it is 401, and nothing changes", async () => {
    expectError(await expectNoAccountChange(db, async () => join(anonymous(), await joinCodeOf(db, fx.classA.id))), 401, "unauthenticated");
  });
});

describe("POST /api/classes/{id}/join-code", () => {
  it("gives the class a new code; the old one stops working, the new one joins, and students already in stay in", async () => {
    const created = await teacherAClass("Philosophy 12");
    const early = await freshStudent("Jonas Berg");
    expect((await join(early.session, created.joinCode)).status).toBe(200);

    const response = await teacherA.post<{ joinCode: string }>(`/api/classes/${created.id}/join-code`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(["joinCode"]);
    expect(response.body.joinCode).toMatch(JOIN_CODE_PATTERN);
    expect(response.body.joinCode).not.toBe(created.joinCode);
    expect(await joinCodeOf(db, created.id)).toBe(response.body.joinCode);

    const late = await freshStudent("Keiko Mori");
    expectError(await expectNoAccountChange(db, () => join(late.session, created.joinCode)), 404, "not_found");
    expectError(
      await expectNoAccountChange(db, () => signUpStudent({ code: created.joinCode, name: "Old Code", username: uniqueUsername("old"), password: newPassword() })),
      404,
      "not_found",
    );
    expect((await join(late.session, response.body.joinCode)).body).toEqual({ classId: created.id, className: "Philosophy 12" });

    expect(await enrollmentsIn(created.id, early.id)).toHaveLength(1);
    const roster = await teacherA.get<{ joinCode: string; students: { id: string }[] }>(`/api/classes/${created.id}`);
    expect(roster.body.joinCode).toBe(response.body.joinCode);
    expect(roster.body.students.map((s) => s.id).sort()).toEqual([early.id, late.id].sort());
  });

  it("a student of the class is 403 forbidden, and the code stays", async () => {
    const { error } = expectError(await expectNoAccountChange(db, () => studentA1.post(`/api/classes/${fx.classA.id}/join-code`)), 403, "forbidden");
    expect(error.message).toBe("Only the class's teacher can change its join code.");
  });

  it("another class's teacher or student is 404, and the code stays", async () => {
    for (const session of [teacherB, studentB]) {
      expectError(await expectNoAccountChange(db, () => session.post(`/api/classes/${fx.classA.id}/join-code`)), 404, "not_found");
    }
  });

  it.each([
    ["a class that does not exist", () => crypto.randomUUID()],
    ["a malformed id", () => "join"],
  ])("%s is 404", async (_what, id) => {
    expectError(await expectNoAccountChange(db, () => teacherA.post(`/api/classes/${id()}/join-code`)), 404, "not_found");
  });

  it("without a session it is 401, and the code stays", async () => {
    expectError(await expectNoAccountChange(db, () => anonymous().post(`/api/classes/${fx.classA.id}/join-code`)), 401, "unauthenticated");
  });
});

describe("DELETE /api/classes/{id}/students/{studentId}", () => {
  /** A student in class A with a highlight on assignment A, signed in. */
  async function studentWithWork(name: string) {
    const student = await freshStudent(name);
    await enroll(db, fx.classA.id, student.id, "STUDENT");
    const annotation = await createAnnotationRecord(db, {
      assignmentId: fx.assignmentA.id,
      userId: student.id,
      text: fx.article.text,
      ...locatePhrase(fx.article.text, "rigged"),
      tag: "loaded_language",
    });
    return { ...student, annotationId: annotation.id };
  }

  const removePath = (studentId: string, classId = fx.classA.id) => `/api/classes/${classId}/students/${studentId}`;

  it("the teacher removes a student: 204, the student no longer sees the class or its assignments, and their work stays stored", async () => {
    const student = await studentWithWork("Felix Wagner");
    expect((await student.session.get(`/api/assignments/${fx.assignmentA.id}`)).status).toBe(200);

    const response = await teacherA.delete(removePath(student.id));
    expect({ status: response.status, text: response.text }).toEqual({ status: 204, text: "" });

    expect(await enrollmentsIn(fx.classA.id, student.id)).toEqual([]);
    const list = await student.session.get("/api/assignments");
    expect({ status: list.status, body: list.body }).toEqual({ status: 200, body: [] });
    expectError(await student.session.get(`/api/assignments/${fx.assignmentA.id}`), 404, "not_found");
    expectError(await student.session.get(`/api/assignments/${fx.assignmentA.id}/annotations`), 404, "not_found");
    expectError(await student.session.get(`/api/classes/${fx.classA.id}`), 404, "not_found");
    expect((await student.session.get("/api/classes")).body).toEqual([]);

    expect(await db.submission.count({ where: { userId: student.id, assignmentId: fx.assignmentA.id } })).toBe(1);
    expect(await db.annotation.findUnique({ where: { id: student.annotationId } })).not.toBeNull();
    expect(await db.user.count({ where: { id: student.id } })).toBe(1);

    const roster = await teacherA.get<{ students: { id: string }[] }>(`/api/classes/${fx.classA.id}`);
    expect(roster.body.students.map((s) => s.id)).not.toContain(student.id);
  });

  it("a removed student who joins again with the code finds their work where they left it", async () => {
    const student = await studentWithWork("Greta Lind");
    expect((await teacherA.delete(removePath(student.id))).status).toBe(204);
    expect((await join(student.session, await joinCodeOf(db, fx.classA.id))).status).toBe(200);
    const own = await student.session.get<{ id: string }[]>(`/api/assignments/${fx.assignmentA.id}/annotations`);
    expect(own.body.map((a) => a.id)).toEqual([student.annotationId]);
  });

  it("removing a student again is 404, and nothing changes", async () => {
    const student = await studentWithWork("Hugo Marsh");
    expect((await teacherA.delete(removePath(student.id))).status).toBe(204);
    const { error } = expectError(await expectNoAccountChange(db, () => teacherA.delete(removePath(student.id))), 404, "not_found");
    expect(error.message).toBe("That student was not found.");
  });

  it("a student of the class is 403 forbidden, for a classmate and for themselves, and nothing changes", async () => {
    for (const target of [fx.studentA2.id, fx.studentA1.id]) {
      const { error } = expectError(await expectNoAccountChange(db, () => studentA1.delete(removePath(target))), 403, "forbidden");
      expect(error.message).toBe("Only the class's teacher can remove students.");
    }
  });

  it("another class's teacher or student is 404, and nothing changes", async () => {
    for (const session of [teacherB, studentB]) {
      expectError(await expectNoAccountChange(db, () => session.delete(removePath(fx.studentA2.id))), 404, "not_found");
    }
  });

  it("a teacher cannot remove another class's student through their own class, nor a teacher: 404, and nothing changes", async () => {
    for (const target of [fx.studentB.id, fx.teacherA.id, fx.teacherB.id]) {
      expectError(await expectNoAccountChange(db, () => teacherA.delete(removePath(target))), 404, "not_found");
    }
    expect(await enrollmentsIn(fx.classB.id, fx.studentB.id)).toHaveLength(1);
  });

  it.each([
    ["a student id that does not exist", () => removePath(crypto.randomUUID())],
    ["a malformed student id", () => removePath("everyone")],
    ["a class that does not exist", () => removePath(fx.studentA2.id, crypto.randomUUID())],
    ["a malformed class id", () => removePath(fx.studentA2.id, "9A")],
  ])("%s is 404, and nothing changes", async (_what, path) => {
    expectError(await expectNoAccountChange(db, () => teacherA.delete(path())), 404, "not_found");
  });

  it("without a session it is 401, and nothing changes", async () => {
    expectError(await expectNoAccountChange(db, () => anonymous().delete(removePath(fx.studentA2.id))), 401, "unauthenticated");
  });
});
