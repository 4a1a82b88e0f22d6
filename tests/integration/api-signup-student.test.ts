import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createClass } from "@/prisma/seed/factories";
import { anonymous, signIn } from "../support/http-session";
import {
  asTyped,
  expectNoAccountChange,
  joinCodeOf,
  newPassword,
  signUpStudent,
  uniqueEmail,
  uniqueUsername,
  type StudentAccountBody,
} from "./support/account-data";
import { expectError, UUID_PATTERN } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let code: string;
let archivedCode: string;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "signup-student");
  code = await joinCodeOf(db, fx.classA.id);
  const archived = await createClass(db, { name: "Media Literacy 8A (last year)", teacherId: fx.teacherA.id });
  await db.class.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  archivedCode = archived.joinCode;
});

afterAll(async () => {
  await db.$disconnect();
});

const withEmail = () => ({ code, name: "Kofi Mensah", email: uniqueEmail("kofi.mensah", "signup-student"), password: newPassword() });
const withUsername = () => ({ code, name: "Sasha Petrova", username: uniqueUsername("sasha"), password: newPassword() });

async function enrollmentsOf(userId: string) {
  return db.enrollment.findMany({ where: { userId }, select: { classId: true, role: true } });
}

describe("POST /api/signup/student", () => {
  it.each([
    ["a NUL character", "Kofi\u0000Mensah"],
    ["half of an emoji", "Kofi \uD83D"],
    ["a right-to-left override", "Kofi \u202Ehsnem"],
  ])("a name with %s is 422 validation_failed (never 500), and creates nothing", async (_what, name) => {
    const response = await expectNoAccountChange(db, () => signUpStudent({ ...withUsername(), name }));
    const { error } = expectError(response, 422, "validation_failed");
    expect(error.message).toContain("name");
  });

  it("a code with a NUL character is 422 (only letters and digits make a code), never 500, and creates nothing", async () => {
    for (const typed of [`${code}\u0000`, "AB\u0000CD"]) {
      expectError(await expectNoAccountChange(db, () => signUpStudent({ ...withUsername(), code: typed })), 422, "validation_failed");
    }
  });

  it("with an email: 201 with the account and the class joined, and the student is enrolled as a student", async () => {
    const input = withEmail();
    const response = await signUpStudent(input);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(UUID_PATTERN),
      name: "Kofi Mensah",
      email: input.email,
      username: null,
      role: "STUDENT",
      classId: fx.classA.id,
      className: fx.classA.name,
    });
    expect(response.text).not.toContain(input.password);
    expect(await enrollmentsOf(response.body.id)).toEqual([{ classId: fx.classA.id, role: "STUDENT" }]);
    const row = await db.user.findUniqueOrThrow({ where: { id: response.body.id } });
    expect(row).toMatchObject({ role: "STUDENT", mustChangePassword: false });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(JSON.stringify(row)).not.toContain(input.password);
  });

  it("the new student signs in and sees the class's assignments at once", async () => {
    const input = withEmail();
    expect((await signUpStudent(input)).status).toBe(201);
    const student = await signIn(input.email, input.password);
    const list = await student.get<{ id: string }[]>("/api/assignments");
    expect(list.status).toBe(200);
    expect(list.body.map((a) => a.id).sort()).toEqual([fx.assignmentA.id, fx.assignmentA2.id].sort());
    const classes = await student.get("/api/classes");
    const studentCount = await db.enrollment.count({ where: { classId: fx.classA.id, role: "STUDENT" } });
    expect(classes.body).toEqual([{ id: fx.classA.id, name: fx.classA.name, role: "STUDENT", archived: false, studentCount }]);
  });

  it("a student gets no sample article: that is for teachers", async () => {
    const response = await signUpStudent(withEmail());
    expect(response.status).toBe(201);
    expect(await db.article.count({ where: { createdById: response.body.id } })).toBe(0);
  });

  it("with a username and no email: stored in lower case, and the student signs in with it in any case", async () => {
    const input = withUsername();
    const typed = input.username.toUpperCase();
    const response = await signUpStudent({ ...input, username: `  ${typed} ` });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ email: null, username: input.username, role: "STUDENT", classId: fx.classA.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: response.body.id } })).username).toBe(input.username);
    for (const identifier of [input.username, typed, ` ${input.username} `]) {
      const student = await signIn(identifier, input.password);
      expect((await student.get("/api/assignments")).status).toBe(200);
    }
  });

  it("usernames may hold dots, dashes and underscores and be 3 or 32 characters long", async () => {
    const long = `k.o-f_${crypto.randomUUID().replace(/-/g, "")}`.slice(0, 32);
    // Each run has a database of its own, so three random characters are unique enough.
    const short = crypto.randomUUID().slice(0, 3);
    expect([long.length, short.length]).toEqual([32, 3]);
    for (const username of [long, short]) {
      const response = await signUpStudent({ ...withUsername(), username });
      expect({ username, status: response.status }).toEqual({ username, status: 201 });
      expect(response.body.username).toBe(username);
    }
  });

  it("the code is case-insensitive and may hold spaces and dashes, as a student copies it off the board", async () => {
    const response = await signUpStudent({ ...withEmail(), code: asTyped(code) });
    expect(response.status).toBe(201);
    expect(response.body.classId).toBe(fx.classA.id);
    expect(await enrollmentsOf(response.body.id)).toEqual([{ classId: fx.classA.id, role: "STUDENT" }]);
  });

  it("a class B code puts the student in class B only", async () => {
    const response = await signUpStudent({ ...withEmail(), code: await joinCodeOf(db, fx.classB.id) });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ classId: fx.classB.id, className: fx.classB.name });
    expect(await enrollmentsOf(response.body.id)).toEqual([{ classId: fx.classB.id, role: "STUDENT" }]);
  });

  it("an unknown code is 404 and creates no account and no enrolment", async () => {
    const input = { ...withEmail(), code: "ZZZZZZZZ" };
    const { error } = expectError(await expectNoAccountChange(db, () => signUpStudent(input)), 404, "not_found");
    expect(error.message).toBe("A class with that code was not found. A class code is 6 letters and digits, like K7MQ3P. Check it with your teacher.");
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("an archived class's code is 404, like an unknown one, and creates nothing", async () => {
    const input = { ...withUsername(), code: archivedCode };
    const response = await expectNoAccountChange(db, () => signUpStudent(input));
    expect(expectError(response, 404, "not_found")).toEqual(expectError(await signUpStudent({ ...withUsername(), code: "ZZZZZZZZ" }), 404, "not_found"));
    expect(await db.user.count({ where: { username: input.username } })).toBe(0);
  });

  it("a taken username, in any case, is 409 'That username is taken', and creates nothing", async () => {
    const first = withUsername();
    expect((await signUpStudent(first)).status).toBe(201);
    for (const username of [first.username, first.username.toUpperCase()]) {
      const response = await expectNoAccountChange(db, () => signUpStudent({ ...withUsername(), username, code: asTyped(code) }));
      const { error } = expectError(response, 409, "conflict");
      expect(error.message).toMatch(/^That username is taken/);
    }
    await expect(signIn(first.username, first.password)).resolves.toBeDefined();
  });

  it("an email already in use is 409 and creates nothing: neither a second account nor an enrolment", async () => {
    const response = await expectNoAccountChange(db, () => signUpStudent({ ...withEmail(), email: fx.studentB.email.toUpperCase(), code }));
    const { error } = expectError(response, 409, "conflict");
    expect(error.message).toContain("email");
    expect(await enrollmentsOf(fx.studentB.id)).toEqual([{ classId: fx.classB.id, role: "STUDENT" }]);
  });

  it("both an email and a username is 422, and creates nothing", async () => {
    const input = { ...withEmail(), username: uniqueUsername("both") };
    const { error } = expectError(await expectNoAccountChange(db, () => signUpStudent(input)), 422, "validation_failed");
    expect(error.message).toContain("either an email address or a username");
  });

  it("neither an email nor a username is 422, and creates nothing", async () => {
    const { code: joinCode, name, password } = withEmail();
    const input = { code: joinCode, name, password };
    const { error } = expectError(await expectNoAccountChange(db, () => signUpStudent(input)), 422, "validation_failed");
    expect(error.message).toContain("either an email address or a username");
  });

  it.each([
    ["a missing code", { code: undefined }, "code"],
    ["an empty code", { code: "" }, "code"],
    ["a code of only dashes and spaces", { code: " - - " }, "code"],
    ["a code over 20 characters", { code: "A".repeat(21) }, "code"],
    ["a code that is a number", { code: 123456 }, "code"],
    ["a missing name", { name: undefined }, "name"],
    ["an empty name", { name: " " }, "name"],
    ["a name with '<'", { name: "<img src=x onerror=alert(1)>" }, "name"],
    ["a name over 100 characters", { name: "K".repeat(101) }, "name"],
    ["a bad email", { email: "kofi@" }, "email"],
    ["an empty email", { email: "" }, "email"],
    ["a missing password", { password: undefined }, "password"],
    ["a short password", { password: "short" }, "password"],
    ["an extra field (role)", { role: "TEACHER" }, ""],
    ["an extra field (classId)", { classId: "00000000-0000-4000-8000-000000000000" }, ""],
  ])("%s is 422 validation_failed, and creates nothing", async (_what, change, field) => {
    const body: Record<string, unknown> = { ...withEmail(), ...change };
    const { error } = expectError(await expectNoAccountChange(db, () => signUpStudent(body)), 422, "validation_failed");
    if (field) expect(error.message).toContain(field);
  });

  it.each([
    ["with '@'", "kofi@mensah"],
    ["of 2 characters", "ko"],
    ["of 33 characters", "k".repeat(33)],
    ["with a space inside", "kofi mensah"],
    ["starting with a dot", ".kofi"],
    ["with an accented letter", "kofí"],
  ])("a username %s is 422, and creates nothing", async (_what, username) => {
    const { error } = expectError(await expectNoAccountChange(db, () => signUpStudent({ ...withUsername(), username })), 422, "validation_failed");
    expect(error.message).toContain("username");
  });

  it("malformed JSON is 400 and creates nothing", async () => {
    const response = await expectNoAccountChange(db, () =>
      anonymous().post("/api/signup/student", undefined, { raw: `{"code": "${code}", "name": `, headers: { "content-type": "application/json" } }),
    );
    expectError(response, 400, "malformed_json");
  });

  it("is checked before the code is looked up: a bad body with an unknown code is 422, not 404", async () => {
    expectError(await signUpStudent({ ...withEmail(), code: "ZZZZZZZZ", password: "short" }), 422, "validation_failed");
  });

  it("a student who signed up joins no other class: class B's teacher does not see them", async () => {
    const response = await signUpStudent(withUsername());
    const teacherB = await fx.signIn(fx.teacherB);
    const roster = await teacherB.get<{ students: { id: string }[] }>(`/api/classes/${fx.classB.id}`);
    expect(roster.status).toBe(200);
    expect(roster.body.students.map((s) => s.id)).not.toContain((response.body as StudentAccountBody).id);
  });
});
