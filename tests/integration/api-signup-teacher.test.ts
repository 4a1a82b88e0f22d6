import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { anonymous, signIn } from "../support/http-session";
import { expectNoAccountChange, newPassword, signUpTeacher, uniqueEmail, type AccountBody } from "./support/account-data";
import { expectError, UUID_PATTERN } from "./support/api-assertions";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;

beforeAll(() => {
  db = openTestDatabase();
});

afterAll(async () => {
  await db.$disconnect();
});

const valid = () => ({ name: "Marisol Vega", email: uniqueEmail("marisol.vega", "signup-teacher"), password: newPassword() });

describe("POST /api/signup/teacher", () => {
  it.each([
    ["a NUL character", "Dana\u0000Whitfield"],
    ["a control character", "Dana\u0007Whitfield"],
    ["half of an emoji", "Dana \uD83D Whitfield"],
    ["a right-to-left override", "Dana \u202Eyelfitihw"],
  ])("a name with %s is 422 validation_failed (never 500), and creates nothing", async (_what, name) => {
    const response = await expectNoAccountChange(db, () => signUpTeacher({ ...valid(), name }));
    const { error } = expectError(response, 422, "validation_failed");
    expect(error.message).toContain("name");
  });

  it("makes a teacher account without a session: 201 with the account, and nothing secret in it", async () => {
    const input = valid();
    const response = await signUpTeacher(input);
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.body).toEqual({ id: expect.stringMatching(UUID_PATTERN), name: "Marisol Vega", email: input.email, username: null, role: "TEACHER" });
    expect(Object.keys(response.body).sort()).toEqual(["email", "id", "name", "role", "username"]);
    expect(response.text).not.toContain(input.password);
    const row = await db.user.findUniqueOrThrow({ where: { id: response.body.id } });
    expect(row).toMatchObject({ email: input.email, username: null, name: "Marisol Vega", role: "TEACHER", mustChangePassword: false });
  });

  it("the new teacher signs in with the email and password and has no classes yet", async () => {
    const input = valid();
    expect((await signUpTeacher(input)).status).toBe(201);
    const teacher = await signIn(input.email, input.password);
    const classes = await teacher.get("/api/classes");
    expect({ status: classes.status, body: classes.body }).toEqual({ status: 200, body: [] });
  });

  it("stores the email in lower case with white space trimmed, and trims the name", async () => {
    const email = uniqueEmail("Ines.Moreau", "signup-teacher");
    const password = newPassword();
    const response = await signUpTeacher({ name: "  Inès Moreau \n", email: `  ${email.toUpperCase()} `, password });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: "Inès Moreau", email });
    expect(await db.user.count({ where: { email } })).toBe(1);
    await expect(signIn(email.toUpperCase(), password)).resolves.toBeDefined();
  });

  it("stores the password only as an argon2id hash, never in plain text", async () => {
    const input = valid();
    const response = await signUpTeacher(input);
    expect(response.status).toBe(201);
    const row = await db.user.findUniqueOrThrow({ where: { id: response.body.id } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(JSON.stringify(row)).not.toContain(input.password);
  });

  it("starts the teacher's article library with the bundled sample article, as version 1", async () => {
    const response = await signUpTeacher(valid());
    expect(response.status).toBe(201);
    const articles = await db.article.findMany({ where: { createdById: response.body.id }, include: { versions: true } });
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.title).toBe("Lavrov on the confusion in the Trump administration");
    expect(article!.versions).toHaveLength(1);
    expect(article!.versions[0]!.number).toBe(1);
    expect(article!.versions[0]!.text.startsWith("Sergey Lavrov has offered")).toBe(true);
    // Canonical text: LF line ends, nothing around it.
    expect(article!.versions[0]!.text).not.toContain("\r");
    expect(article!.versions[0]!.text).toBe(article!.versions[0]!.text.trim());
  });

  it("each new teacher gets a copy of their own, not a shared article", async () => {
    const first = await signUpTeacher(valid());
    const second = await signUpTeacher(valid());
    const [a, b] = await Promise.all([first, second].map((r) => db.article.findFirstOrThrow({ where: { createdById: r.body.id } })));
    expect(a!.id).not.toBe(b!.id);
  });

  it("a password of exactly 10 characters is enough", async () => {
    const input = { ...valid(), password: "10chars!!!" };
    expect((await signUpTeacher(input)).status).toBe(201);
    await expect(signIn(input.email, "10chars!!!")).resolves.toBeDefined();
  });

  it("an email already in use, in any case, is 409 conflict, and the first account keeps its password", async () => {
    const input = valid();
    const first = await signUpTeacher(input);
    expect(first.status).toBe(201);
    for (const email of [input.email, input.email.toUpperCase(), ` ${input.email.replace(/^./, (c) => c.toUpperCase())}`]) {
      const response = await expectNoAccountChange(db, () => signUpTeacher({ name: "Someone Else", email, password: newPassword() }));
      const { error } = expectError(response, 409, "conflict");
      expect(error.message).toBe("An account with this email address already exists. Sign in instead.");
    }
    await expect(signIn(input.email, input.password)).resolves.toBeDefined();
  });

  it("two sign-ups with one email at the same moment: one 201, one 409, and one account", async () => {
    const email = uniqueEmail("twin", "signup-teacher");
    const answers = await Promise.all([
      signUpTeacher({ name: "First Twin", email, password: newPassword() }),
      signUpTeacher({ name: "Second Twin", email, password: newPassword() }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await db.user.count({ where: { email } })).toBe(1);
    const created = answers.find((a) => a.status === 201)!.body as AccountBody;
    expect(await db.article.count({ where: { createdById: created.id } })).toBe(1);
  });

  it.each([
    ["a missing name", { name: undefined }, "name"],
    ["an empty name", { name: "" }, "name"],
    ["a name of only spaces", { name: "   " }, "name"],
    ["a name with '<'", { name: "Dana <script>alert(1)</script>" }, "name"],
    ["a name with '>'", { name: "Dana > Whitfield" }, "name"],
    ["a name over 100 characters", { name: "N".repeat(101) }, "name"],
    ["a name that is not a string", { name: 42 }, "name"],
    ["a missing email", { email: undefined }, "email"],
    ["an email without @", { email: "dana.whitfield.northfield-high.test" }, "email"],
    ["an email without a domain", { email: "dana@" }, "email"],
    ["a missing password", { password: undefined }, "password"],
    ["a password of 9 characters", { password: "tide-pool" }, "longer password"],
    ["a password over 200 characters", { password: "p".repeat(201) }, "password"],
    ["a password that is a number", { password: 12345678 }, "password"],
    ["an extra field (role)", { role: "ADMIN" }, ""],
    ["an extra field (username)", { username: "dana_w" }, ""],
  ])("%s is 422 validation_failed naming the field, and creates nothing", async (_what, change, field) => {
    const body: Record<string, unknown> = { ...valid(), ...change };
    const response = await expectNoAccountChange(db, () => signUpTeacher(body));
    const { error } = expectError(response, 422, "validation_failed");
    if (field) expect(error.message).toContain(field);
    if (typeof body.email === "string") expect(await db.user.count({ where: { email: body.email } })).toBe(0);
  });

  it.each([
    ["an array", []],
    ["a string", "teacher"],
    ["null", null],
  ])("a body that is %s is 422 and creates nothing", async (_what, body) => {
    expectError(await expectNoAccountChange(db, () => signUpTeacher(body)), 422, "validation_failed");
  });

  it("malformed JSON is 400 malformed_json and creates nothing", async () => {
    const response = await expectNoAccountChange(db, () =>
      anonymous().post("/api/signup/teacher", undefined, { raw: '{"name": "Dana", "email":', headers: { "content-type": "application/json" } }),
    );
    expectError(response, 400, "malformed_json");
  });

  it("an empty body is 400 and creates nothing", async () => {
    const response = await expectNoAccountChange(db, () => anonymous().post("/api/signup/teacher", undefined, { raw: "", headers: { "content-type": "application/json" } }));
    expectError(response, 400, "malformed_json");
  });

  it("a body over the size limit is 413 and creates nothing", async () => {
    const response = await expectNoAccountChange(db, () => signUpTeacher({ ...valid(), name: "N".repeat(20 * 1024) }));
    expectError(response, 413, "payload_too_large");
  });

  it("GET is not a way in: 405", async () => {
    const response = await anonymous().get("/api/signup/teacher");
    expect(response.status).toBe(405);
  });
});
