import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { withDatabase } from "@/lib/db/database-url";
import type { PrismaClient } from "@/lib/db/generated/client";
import { dropDatabase, ensureDatabase } from "@/lib/db/manage-databases";
import { applyMigrations } from "@/lib/db/migrate";
import { ErrorBody } from "@/lib/http/error-response";
import { createUser } from "@/prisma/seed/factories";
import type { AppServer } from "@/scripts/lib/app-server";
import { attemptSignIn, HttpSession, signIn, type ApiResponse } from "../support/http-session";
import { expectNoAccountChange, joinCodeOf, newPassword, uniqueEmail, uniqueUsername } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { startAppInstance } from "./support/app-instance";
import { createClassFixture, type ClassFixture, type Person } from "./support/class-fixture";
import { testEnv } from "./support/test-env";

/**
 * Two app instances of their own on a database of their own (so the shared app's counts
 * never mix in), with small limits. They run as if behind one load balancer
 * (SLANT_TRUSTED_PROXIES=1), so each test sends from its own client address, set with
 * X-Forwarded-For, and the per-address counts of one test never reach another.
 */
const ACCOUNT_WINDOW_SECONDS = 5;
const LIMITS = {
  SLANT_LIMIT_SIGN_IN_ACCOUNT: `3/${ACCOUNT_WINDOW_SECONDS}s`,
  SLANT_LIMIT_SIGN_IN_ADDRESS: "6/1h",
  SLANT_LIMIT_SIGN_UP_ADDRESS: "5/1h",
  SLANT_LIMIT_JOIN_CODE_ADDRESS: "3/1h",
  SLANT_LIMIT_PASSWORD_RESET_ADDRESS: "3/1h",
  SLANT_TRUSTED_PROXIES: "1",
};

const adminUrl = testEnv("SLANT_TEST_ADMIN_URL");
const database = `slant_limits_${process.pid}`;
const databaseUrl = withDatabase(adminUrl, database);
let db: PrismaClient;
let fx: ClassFixture;
let first: AppServer;
let second: AppServer;
let addressCounter = 0;

beforeAll(async () => {
  await dropDatabase(adminUrl, database);
  await ensureDatabase(adminUrl, database);
  await applyMigrations(databaseUrl, path.resolve(import.meta.dirname, "../../prisma/migrations"));
  db = createPrismaClient(databaseUrl, 2);
  fx = await createClassFixture(db, "limits");
  [first, second] = await Promise.all([startAppInstance(databaseUrl, LIMITS), startAppInstance(databaseUrl, LIMITS)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await db?.$disconnect();
  await dropDatabase(adminUrl, database);
});

/** A client address (TEST-NET-3) no other test uses. */
const newAddress = () => `203.0.113.${++addressCounter}`;
const from = (address: string) => ({ "x-forwarded-for": address });

async function newStudent(label: string): Promise<Person> {
  const email = uniqueEmail(label, "limits");
  const password = newPassword();
  const user = await createUser(db, { email, name: "Sam Keller", role: "STUDENT", password });
  return { id: user.id, email, name: user.name, password };
}

function tryPassword(person: Person, password: string, address: string, app = first) {
  return attemptSignIn(person.email, password, { baseUrl: app.url, headers: from(address) });
}

/** A 429 in the JSON error shape with a Retry-After of 1 to `maxSeconds` seconds. */
function expectTooManyRequests(response: ApiResponse, maxSeconds: number): ErrorBody {
  expectError(response, 429, "too_many_requests");
  const body = ErrorBody.parse(response.body);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(Number.isInteger(retryAfter), `Retry-After: ${response.headers.get("retry-after")}`).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(body.error.message).toMatch(/^Too many .*Try again in \d+ (second|minute)s?\.$/);
  return body;
}

/** Auth.js's answer to a wrong password: a redirect back to the sign-in page, no session. */
function expectWrongPassword(attempt: { response: ApiResponse; session: HttpSession | null }) {
  expect(attempt.response.status).toBe(302);
  expect(attempt.response.headers.get("location")).toMatch(/\/signin\?error=CredentialsSignin/);
  expect(attempt.session).toBeNull();
}

describe("wrong passwords on one account", () => {
  it("the attempt after the third wrong password is 429 with Retry-After, the right password is refused too, and works once the block has passed", async () => {
    const student = await newStudent("blocked");
    const address = newAddress();
    for (let attempt = 0; attempt < 3; attempt++) expectWrongPassword(await tryPassword(student, "not-the-password", address));

    const refused = await tryPassword(student, "not-the-password", address);
    expectTooManyRequests(refused.response, ACCOUNT_WINDOW_SECONDS);
    const rightButBlocked = await expectNoAccountChange(db, () => tryPassword(student, student.password, address));
    const { error } = expectTooManyRequests(rightButBlocked.response, ACCOUNT_WINDOW_SECONDS);
    expect(rightButBlocked.session).toBeNull();
    expect(error.message).toMatch(/^Too many attempts\. Try again in \d+ seconds?\.$/);

    await new Promise((resolve) => setTimeout(resolve, Number(rightButBlocked.response.headers.get("retry-after")) * 1000 + 300));
    const after = await tryPassword(student, student.password, address);
    expect(after.session, `HTTP ${after.response.status}`).not.toBeNull();
    expect((await after.session!.get("/api/assignments")).status).toBe(200);
  });

  it("the account is blocked from every address, not only the one the wrong passwords came from", async () => {
    const student = await newStudent("everywhere");
    for (let attempt = 0; attempt < 3; attempt++) expectWrongPassword(await tryPassword(student, "not-the-password", newAddress()));
    expectTooManyRequests((await tryPassword(student, student.password, newAddress())).response, ACCOUNT_WINDOW_SECONDS);
  });

  it("ten wrong passwords sent at once: only three reach the password check, seven are 429", async () => {
    const student = await newStudent("parallel");
    const address = newAddress();
    const attempts = await Promise.all(Array.from({ length: 10 }, () => tryPassword(student, "not-the-password", address)));
    const statuses = attempts.map((attempt) => attempt.response.status).sort();
    expect(statuses).toEqual([302, 302, 302, 429, 429, 429, 429, 429, 429, 429]);
  });

  it("a successful sign-in clears the account's wrong passwords", async () => {
    const student = await newStudent("forgiven");
    const address = newAddress();
    for (let attempt = 0; attempt < 2; attempt++) expectWrongPassword(await tryPassword(student, "not-the-password", address));
    expect((await tryPassword(student, student.password, address)).session).not.toBeNull();
    for (let attempt = 0; attempt < 3; attempt++) expectWrongPassword(await tryPassword(student, "not-the-password", address));
  });

  it("an email address with no account is limited the same way (no telling it apart from a real one)", async () => {
    const nobody: Person = { id: "", email: uniqueEmail("nobody", "limits"), name: "", password: "" };
    const address = newAddress();
    for (let attempt = 0; attempt < 3; attempt++) expectWrongPassword(await tryPassword(nobody, "not-the-password", address));
    expectTooManyRequests((await tryPassword(nobody, "not-the-password", address)).response, ACCOUNT_WINDOW_SECONDS);
  });

  it("the count is kept in PostgreSQL: wrong passwords through two app instances add up", async () => {
    const student = await newStudent("shared");
    const address = newAddress();
    expectWrongPassword(await tryPassword(student, "not-the-password", address, first));
    expectWrongPassword(await tryPassword(student, "not-the-password", address, second));
    expectWrongPassword(await tryPassword(student, "not-the-password", address, first));
    expectTooManyRequests((await tryPassword(student, student.password, address, second)).response, ACCOUNT_WINDOW_SECONDS);
    const rows = await db.rateLimit.findMany({ where: { key: { startsWith: "sign-in-account:" } } });
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe("wrong passwords from one address", () => {
  it("after six wrong passwords on six accounts from one address, a seventh account is 429 there but signs in from another address", async () => {
    const address = newAddress();
    for (let attempt = 0; attempt < 6; attempt++) expectWrongPassword(await tryPassword(await newStudent("spray"), "not-the-password", address));
    const victim = await newStudent("sprayed");
    const refused = await expectNoAccountChange(db, () => tryPassword(victim, victim.password, address));
    expectTooManyRequests(refused.response, 3600);
    expect(refused.session).toBeNull();
    expect((await tryPassword(victim, victim.password, newAddress())).session).not.toBeNull();
  });

  it("successful sign-ins from one address do not use up its limit (a class behind one school address)", async () => {
    const address = newAddress();
    const people = [fx.studentA1, fx.studentA2, fx.studentB, fx.teacherA, fx.teacherB, fx.studentA1, fx.studentA2, fx.studentB];
    for (const person of people) expect((await tryPassword(person, person.password, address)).session, person.email).not.toBeNull();
  });
});

const signUp = (kind: "teacher" | "student", body: unknown, address: string) =>
  new HttpSession(first.url).post(`/api/signup/${kind}`, body, { headers: from(address) });
const teacherBody = () => ({ name: "Noor Haddad", email: uniqueEmail("noor", "limits"), password: newPassword() });

describe("sign-ups from one address", () => {
  it("the sixth sign-up from one address in an hour is 429 and makes no account; another address still signs up", async () => {
    const address = newAddress();
    const code = await joinCodeOf(db, fx.classA.id);
    const taken = teacherBody();
    expect((await signUp("teacher", taken, address)).status).toBe(201);
    // "already exists" answers count too: they are what an address enumerating accounts sends.
    expect((await signUp("teacher", { ...taken, password: newPassword() }, address)).status).toBe(409);
    expect((await signUp("teacher", teacherBody(), address)).status).toBe(201);
    expect((await signUp("student", { code, name: "Ana Silva", username: uniqueUsername("ana"), password: newPassword() }, address)).status).toBe(201);
    expect((await signUp("student", { code, name: "Ben Cole", username: uniqueUsername("ben"), password: newPassword() }, address)).status).toBe(201);

    const refusedTeacher = await expectNoAccountChange(db, () => signUp("teacher", teacherBody(), address));
    expectTooManyRequests(refusedTeacher, 3600);
    const student = { code, name: "Cleo Park", username: uniqueUsername("cleo"), password: newPassword() };
    expectTooManyRequests(await expectNoAccountChange(db, () => signUp("student", student, address)), 3600);
    expect((await signUp("student", student, newAddress())).status).toBe(201);
  });

  it("a sign-up the form would refuse anyway (a short password) does not count", async () => {
    const address = newAddress();
    for (let attempt = 0; attempt < 8; attempt++) expect((await signUp("teacher", { ...teacherBody(), password: "short" }, address)).status).toBe(422);
    expect((await signUp("teacher", teacherBody(), address)).status).toBe(201);
  });
});

describe("wrong join codes from one address", () => {
  const join = (session: HttpSession, code: string, address: string) => session.post("/api/classes/join", { code }, { headers: from(address) });

  it("after three wrong codes, joining with the right code is 429 and enrols no one, through the join route and student sign-up alike", async () => {
    const address = newAddress();
    const student = await newStudent("guesser");
    const session = await signIn(student.email, student.password, first.url);
    for (const code of ["ZZZZZZ", "YYYYYY", "XXXXXX"]) expectError(await join(session, code, address), 404, "not_found");

    const code = await joinCodeOf(db, fx.classA.id);
    expectTooManyRequests(await expectNoAccountChange(db, () => join(session, code, address)), 3600);
    const signUpBody = { code, name: "Dev Patel", username: uniqueUsername("dev"), password: newPassword() };
    expectTooManyRequests(await expectNoAccountChange(db, () => signUp("student", signUpBody, address)), 3600);
    expect((await join(session, code, newAddress())).status).toBe(200);
  });

  it("wrong codes in student sign-ups count as guesses too", async () => {
    const address = newAddress();
    const guess = (code: string) => signUp("student", { code, name: "Eli Brook", username: uniqueUsername("eli"), password: newPassword() }, address);
    for (const code of ["ZZZZZZ", "YYYYYY", "XXXXXX"]) expectError(await guess(code), 404, "not_found");
    expectTooManyRequests(await expectNoAccountChange(db, () => guess("WWWWWW")), 3600);
  });

  it("right codes do not count: a class joining from one address is never held up", async () => {
    const address = newAddress();
    const code = await joinCodeOf(db, fx.classB.id);
    for (let student = 0; student < 5; student++) {
      const body = { code, name: "Fay Lund", username: uniqueUsername("fay"), password: newPassword() };
      expect((await signUp("student", body, address)).status).toBe(201);
    }
  });
});

describe("password-reset requests from one address", () => {
  it("the fourth \"Forgot your password?\" from one address in an hour is 429, for any email; another address is still answered", async () => {
    const address = newAddress();
    const ask = (email: string, from_ = address) => new HttpSession(first.url).post("/api/password-reset", { email }, { headers: from(from_) });
    for (const email of [fx.studentA1.email, "nobody-here@northfield-high.test", fx.studentA2.email]) expect((await ask(email)).status).toBe(202);
    expectTooManyRequests(await ask(fx.teacherA.email), 3600);
    expect((await ask(fx.teacherA.email, newAddress())).status).toBe(202);
  });
});

describe("with no trusted proxy in front (the default), the client cannot choose its address", () => {
  let direct: AppServer;

  beforeAll(async () => {
    direct = await startAppInstance(databaseUrl, { ...LIMITS, SLANT_TRUSTED_PROXIES: "0" });
  }, 60_000);

  afterAll(async () => {
    await direct?.stop();
  });

  it("wrong passwords sent with a new forged X-Forwarded-For each time all count against the one real address", async () => {
    const people = await Promise.all(Array.from({ length: 7 }, (_, i) => newStudent(`forged${i}`)));
    for (const person of people.slice(0, 6)) {
      expectWrongPassword(await attemptSignIn(person.email, "not-the-password", { baseUrl: direct.url, headers: from(newAddress()) }));
    }
    const seventh = await attemptSignIn(people[6]!.email, people[6]!.password, { baseUrl: direct.url, headers: from(newAddress()) });
    expectTooManyRequests(seventh.response, 3600);
    expect(seventh.session).toBeNull();
  });
});
