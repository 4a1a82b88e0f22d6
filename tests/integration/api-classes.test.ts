import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createClass, createUser } from "@/prisma/seed/factories";
import { anonymous, signIn, type HttpSession } from "../support/http-session";
import {
  expectNoAccountChange,
  JOIN_CODE_PATTERN,
  joinCodeOf,
  newPassword,
  signUpStudent,
  uniqueEmail,
  uniqueUsername,
  type ClassDetailBody,
  type ClassSummaryBody,
} from "./support/account-data";
import { expectError, UUID_PATTERN } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let teacherB: HttpSession;
let studentB: HttpSession;

const SUMMARY_KEYS_TEACHER = ["archived", "id", "joinCode", "name", "role", "studentCount"];
const SUMMARY_KEYS_STUDENT = ["archived", "id", "name", "role", "studentCount"];
const ROSTER_KEYS = ["canResetPassword", "email", "id", "joinedAt", "name", "passwordResetRefusal", "username"];

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "classes");
  ({ teacherA, studentA1, teacherB, studentB } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

/** Someone of their own, signed in, for tests that need a clean list of classes. */
async function freshPerson(role: "TEACHER" | "STUDENT", name: string) {
  const email = uniqueEmail(name.split(" ")[0]!, "classes");
  const password = newPassword();
  const user = await createUser(db, { email, name, role, password });
  return { id: user.id, email, name, session: await signIn(email, password) };
}

describe("POST /api/classes", () => {
  it("a teacher makes a class: 201 with its id, name and a six-character join code, and teaches it", async () => {
    const response = await teacherA.post<{ id: string; name: string; joinCode: string }>("/api/classes", { name: "Civics 11B" });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(["id", "joinCode", "name"]);
    expect(response.body).toEqual({ id: expect.stringMatching(UUID_PATTERN), name: "Civics 11B", joinCode: expect.stringMatching(JOIN_CODE_PATTERN) });
    const row = await db.class.findUniqueOrThrow({ where: { id: response.body.id }, include: { enrollments: true } });
    expect(row).toMatchObject({ name: "Civics 11B", joinCode: response.body.joinCode, archivedAt: null });
    expect(row.enrollments.map(({ userId, role }) => ({ userId, role }))).toEqual([{ userId: fx.teacherA.id, role: "TEACHER" }]);
  });

  it("join codes use no 0, O, 1, I or L, and every class gets its own", async () => {
    const codes: string[] = [];
    for (let i = 1; i <= 8; i++) {
      const response = await teacherA.post<{ joinCode: string }>("/api/classes", { name: `Reading group ${i}` });
      expect(response.status).toBe(201);
      codes.push(response.body.joinCode);
    }
    for (const code of codes) {
      expect(code).toMatch(JOIN_CODE_PATTERN);
      expect(code).not.toMatch(/[0O1IL]/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("the new class is in the teacher's list with its join code and no students", async () => {
    const teacher = await freshPerson("TEACHER", "Olu Bankole");
    const created = await teacher.session.post<{ id: string; joinCode: string }>("/api/classes", { name: "Journalism 12" });
    const list = await teacher.session.get<ClassSummaryBody[]>("/api/classes");
    expect(list.body).toEqual([{ id: created.body.id, name: "Journalism 12", role: "TEACHER", archived: false, joinCode: created.body.joinCode, studentCount: 0 }]);
  });

  it("trims the name, and a name of exactly 100 characters is accepted", async () => {
    const trimmed = await teacherA.post<{ name: string }>("/api/classes", { name: "  History 9C \n" });
    expect({ status: trimmed.status, name: trimmed.body.name }).toEqual({ status: 201, name: "History 9C" });
    const long = "L".repeat(100);
    const exact = await teacherA.post<{ name: string }>("/api/classes", { name: long });
    expect({ status: exact.status, name: exact.body.name }).toEqual({ status: 201, name: long });
  });

  it("a name with '<' that is not a tag, or '&', is plain text and accepted", async () => {
    const response = await teacherA.post<{ name: string }>("/api/classes", { name: "Media & Society: 9 < 10 🎓" });
    expect({ status: response.status, name: response.body.name }).toEqual({ status: 201, name: "Media & Society: 9 < 10 🎓" });
  });

  it("a student is 403 forbidden, and no class is made", async () => {
    const { error } = expectError(await expectNoAccountChange(db, () => studentA1.post("/api/classes", { name: "My own class" })), 403, "forbidden");
    expect(error.message).toBe("Only teachers can create classes.");
  });

  it.each([
    ["an empty name", { name: "" }],
    ["a name of only spaces", { name: "   " }],
    ["a name over 100 characters", { name: "C".repeat(101) }],
    ["HTML in the name", { name: "<b>Civics</b>" }],
    ["an HTML comment in the name", { name: "Civics <!-- hi -->" }],
    ["a control character in the name", { name: "Civics\u0000" }],
    ["a name that is not a string", { name: 11 }],
    ["no name", {}],
    ["an extra field (joinCode)", { name: "Civics", joinCode: "AAAAAA" }],
    ["an extra field (teacherId)", { name: "Civics", teacherId: crypto.randomUUID() }],
  ])("%s is 422 validation_failed, and no class is made", async (_what, body) => {
    expectError(await expectNoAccountChange(db, () => teacherA.post("/api/classes", body)), 422, "validation_failed");
  });

  it("malformed JSON is 400, and no class is made", async () => {
    const response = await expectNoAccountChange(db, () => teacherA.post("/api/classes", undefined, { raw: '{"name":', headers: { "content-type": "application/json" } }));
    expectError(response, 400, "malformed_json");
  });
});

describe("GET /api/classes", () => {
  it("a teacher sees each class with its join code and student count: active ones by name, then archived ones", async () => {
    const teacher = await freshPerson("TEACHER", "Grace Achebe");
    const students = await Promise.all(["Ana Ruiz", "Ben Okoro"].map((name) => createUser(db, { email: uniqueEmail(name.split(" ")[0]!, "classes"), name, role: "STUDENT", password: newPassword() })));
    const chemistry = await createClass(db, { name: "Chemistry 11", teacherId: teacher.id, studentIds: students.map((s) => s.id) });
    const art = await createClass(db, { name: "Art 7", teacherId: teacher.id, studentIds: [students[0]!.id] });
    const biology = await createClass(db, { name: "Biology 10", teacherId: teacher.id });
    await db.class.update({ where: { id: art.id }, data: { archivedAt: new Date() } });

    const response = await teacher.session.get<ClassSummaryBody[]>("/api/classes");
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { id: biology.id, name: "Biology 10", role: "TEACHER", archived: false, joinCode: biology.joinCode, studentCount: 0 },
      { id: chemistry.id, name: "Chemistry 11", role: "TEACHER", archived: false, joinCode: chemistry.joinCode, studentCount: 2 },
      { id: art.id, name: "Art 7", role: "TEACHER", archived: true, joinCode: art.joinCode, studentCount: 1 },
    ]);
    for (const item of response.body) expect(Object.keys(item).sort()).toEqual(SUMMARY_KEYS_TEACHER);
  });

  it("a student sees the classes they are in without join codes, archived ones last", async () => {
    const student = await freshPerson("STUDENT", "Hana Sato");
    const zoology = await createClass(db, { name: "Zoology 9", teacherId: fx.teacherB.id, studentIds: [student.id] });
    const archived = await createClass(db, { name: "A former class", teacherId: fx.teacherB.id, studentIds: [student.id] });
    await db.class.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const response = await student.session.get<ClassSummaryBody[]>("/api/classes");
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { id: zoology.id, name: "Zoology 9", role: "STUDENT", archived: false, studentCount: 1 },
      { id: archived.id, name: "A former class", role: "STUDENT", archived: true, studentCount: 1 },
    ]);
    for (const item of response.body) expect(Object.keys(item).sort()).toEqual(SUMMARY_KEYS_STUDENT);
    expect(response.text).not.toContain(zoology.joinCode);
    expect(response.text).not.toContain(archived.joinCode);
  });

  it("nobody sees a class they are not in", async () => {
    const response = await studentB.get<ClassSummaryBody[]>("/api/classes");
    expect(response.body.map((c) => c.id)).toEqual([fx.classB.id]);
    const teacher = await teacherB.get<ClassSummaryBody[]>("/api/classes");
    expect(teacher.body.map((c) => c.id)).not.toContain(fx.classA.id);
  });

  it("someone in no class gets an empty list", async () => {
    const student = await freshPerson("STUDENT", "Ivo Novak");
    const response = await student.session.get("/api/classes");
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: [] });
  });
});

describe("GET /api/classes/{id}", () => {
  it("gives the teacher the class with its join code and the roster sorted by name, with emails or usernames", async () => {
    const teacher = await freshPerson("TEACHER", "Nadia Haddad");
    const created = await teacher.session.post<{ id: string; joinCode: string }>("/api/classes", { name: "Debate Club" });
    const signUps = [
      { name: "Zoe Park", email: uniqueEmail("zoe.park", "classes") },
      { name: "Aaron Baptiste", username: uniqueUsername("aaron") },
      { name: "Mia Chen", email: uniqueEmail("mia.chen", "classes") },
    ];
    const accounts = [];
    for (const signUp of signUps) {
      const before = Date.now();
      const response = await signUpStudent({ ...signUp, code: created.body.joinCode, password: newPassword() });
      expect(response.status).toBe(201);
      accounts.push({ ...response.body, before });
    }

    const response = await teacher.session.get<ClassDetailBody>(`/api/classes/${created.body.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: created.body.id, name: "Debate Club", role: "TEACHER", archived: false, joinCode: created.body.joinCode, studentCount: 3 });
    expect(Object.keys(response.body).sort()).toEqual([...SUMMARY_KEYS_TEACHER, "students"].sort());
    const students = response.body.students!;
    expect(students.map((s) => s.name)).toEqual(["Aaron Baptiste", "Mia Chen", "Zoe Park"]);
    for (const entry of students) {
      expect(Object.keys(entry).sort()).toEqual(ROSTER_KEYS);
      const account = accounts.find((a) => a.id === entry.id)!;
      expect(entry).toMatchObject({ name: account.name, email: account.email, username: account.username });
      expect(Date.parse(entry.joinedAt)).toBeGreaterThanOrEqual(account.before - 5_000);
      expect(new Date(entry.joinedAt).toISOString()).toBe(entry.joinedAt);
    }
    expect(students.find((s) => s.name === "Aaron Baptiste")).toMatchObject({ email: null, username: signUps[1]!.username });
    expect(students.map((s) => s.id)).not.toContain(teacher.id);
  });

  it("gives a student of the class the class without its join code or roster", async () => {
    const response = await studentA1.get<ClassDetailBody>(`/api/classes/${fx.classA.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: fx.classA.id, name: fx.classA.name, role: "STUDENT", archived: false, studentCount: 2 });
    expect(response.text).not.toContain(await joinCodeOf(db, fx.classA.id));
    expect(response.text).not.toContain(fx.studentA2.email);
  });

  it("a class someone is not in is 404 for students and teachers alike, the same as one that does not exist", async () => {
    const missing = expectError(await teacherA.get(`/api/classes/${crypto.randomUUID()}`), 404, "not_found");
    expect(missing.error.message).toBe("The class was not found.");
    expect(expectError(await teacherB.get(`/api/classes/${fx.classA.id}`), 404, "not_found")).toEqual(missing);
    expect(expectError(await studentB.get(`/api/classes/${fx.classA.id}`), 404, "not_found")).toEqual(missing);
    expect(expectError(await studentA1.get(`/api/classes/${fx.classB.id}`), 404, "not_found")).toEqual(missing);
  });

  it.each([
    ["a word", "homework"],
    ["a number", "12345"],
    ["a uuid with a letter out of range", "7d9f1c2e-3b4a-4c5d-8e6f-0a1b2c3d4e5g"],
    ["SQL", encodeURIComponent("' OR '1'='1")],
    ["a percent-encoded NUL", "%00"],
    ["an over-long id", "a".repeat(2000)],
  ])("a malformed id (%s) is 404, never 500", async (_what, id) => {
    expectError(await teacherA.get(`/api/classes/${id}`), 404, "not_found");
  });
});

describe("PATCH /api/classes/{id}", () => {
  async function newClass(name = "Geography 8") {
    const response = await teacherA.post<{ id: string; name: string; joinCode: string }>("/api/classes", { name });
    expect(response.status).toBe(201);
    return response.body;
  }

  it("the teacher renames the class: 200 with the class as GET gives it, and the name is stored", async () => {
    const created = await newClass();
    const response = await teacherA.patch<ClassDetailBody>(`/api/classes/${created.id}`, { name: "  Geography 8 (spring) " });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: created.id, name: "Geography 8 (spring)", role: "TEACHER", archived: false, joinCode: created.joinCode, studentCount: 0, students: [] });
    expect((await db.class.findUniqueOrThrow({ where: { id: created.id } })).name).toBe("Geography 8 (spring)");
    expect((await teacherA.get(`/api/classes/${created.id}`)).body).toEqual(response.body);
  });

  it("archives and brings back a class; an archived class's code joins nobody, and the same code works again after", async () => {
    const created = await newClass("Economics 12");
    const student = await freshPerson("STUDENT", "Lena Fischer");

    const archived = await teacherA.patch<ClassDetailBody>(`/api/classes/${created.id}`, { archived: true });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ id: created.id, archived: true, name: "Economics 12" });
    expect((await db.class.findUniqueOrThrow({ where: { id: created.id } })).archivedAt).toBeInstanceOf(Date);

    const list = await teacherA.get<ClassSummaryBody[]>("/api/classes");
    const archivedIndex = list.body.findIndex((c) => c.id === created.id);
    expect(list.body[archivedIndex]).toMatchObject({ archived: true });
    expect(list.body.slice(0, archivedIndex).every((c) => !c.archived)).toBe(true);
    expect(list.body.findIndex((c) => c.id === fx.classA.id)).toBeLessThan(archivedIndex);

    const join = await expectNoAccountChange(db, () => student.session.post("/api/classes/join", { code: created.joinCode }));
    expect(expectError(join, 404, "not_found").error.message).toBe("A class with that code was not found. A class code is 6 letters and digits, like K7MQ3P. Check it with your teacher.");
    expectError(await expectNoAccountChange(db, () => signUpStudent({ code: created.joinCode, name: "Late Comer", username: uniqueUsername("late"), password: newPassword() })), 404, "not_found");

    const back = await teacherA.patch<ClassDetailBody>(`/api/classes/${created.id}`, { archived: false });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ archived: false, joinCode: created.joinCode });
    expect((await db.class.findUniqueOrThrow({ where: { id: created.id } })).archivedAt).toBeNull();
    const joined = await student.session.post("/api/classes/join", { code: created.joinCode });
    expect({ status: joined.status, body: joined.body }).toEqual({ status: 200, body: { classId: created.id, className: "Economics 12" } });
  });

  it("a rename and archiving may come together", async () => {
    const created = await newClass("Latin 10");
    const response = await teacherA.patch<ClassDetailBody>(`/api/classes/${created.id}`, { name: "Latin 10 (2030)", archived: true });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: "Latin 10 (2030)", archived: true });
  });

  it.each([
    ["an empty body object", {}],
    ["an empty name", { name: "" }],
    ["a name of only spaces", { name: "  " }],
    ["a name over 100 characters", { name: "G".repeat(101) }],
    ["HTML in the name", { name: "<script>alert(1)</script>" }],
    ["archived as a string", { archived: "yes" }],
    ["archived null", { archived: null }],
    ["an extra field (joinCode)", { joinCode: "AAAAAA" }],
  ])("%s is 422 validation_failed, and the class does not change", async (_what, body) => {
    expectError(await expectNoAccountChange(db, () => teacherA.patch(`/api/classes/${fx.classA.id}`, body)), 422, "validation_failed");
  });

  it("malformed JSON is 400, and the class does not change", async () => {
    const response = await expectNoAccountChange(db, () =>
      teacherA.patch(`/api/classes/${fx.classA.id}`, undefined, { raw: "{name: 1}", headers: { "content-type": "application/json" } }),
    );
    expectError(response, 400, "malformed_json");
  });

  it("a student of the class is 403 forbidden, for a rename and for archiving, and the class does not change", async () => {
    for (const body of [{ name: "Taken over" }, { archived: true }]) {
      const { error } = expectError(await expectNoAccountChange(db, () => studentA1.patch(`/api/classes/${fx.classA.id}`, body)), 403, "forbidden");
      expect(error.message).toBe("Only the class's teacher can change it.");
    }
  });

  it("another class's teacher or student is 404, and the class does not change", async () => {
    for (const session of [teacherB, studentB]) {
      expectError(await expectNoAccountChange(db, () => session.patch(`/api/classes/${fx.classA.id}`, { archived: true })), 404, "not_found");
    }
  });

  it.each([
    ["a class that does not exist", () => crypto.randomUUID()],
    ["a malformed id", () => "not-a-class"],
  ])("%s is 404", async (_what, id) => {
    expectError(await expectNoAccountChange(db, () => teacherA.patch(`/api/classes/${id()}`, { name: "Renamed" })), 404, "not_found");
  });

  it("without a session it is 401, and the class does not change", async () => {
    expectError(await expectNoAccountChange(db, () => anonymous().patch(`/api/classes/${fx.classA.id}`, { archived: true })), 401, "unauthenticated");
  });
});
