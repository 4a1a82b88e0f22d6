import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser } from "@/prisma/seed/factories";
import { signIn } from "../support/http-session";
import { expectNoAccountChange, joinCodeOf, newPassword, signUpStudent, signUpTeacher, uniqueEmail, uniqueUsername } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

/** F14: weak passwords are refused on every path that sets one, with a reason in plain words. */

let db: PrismaClient;
let code: string;

beforeAll(async () => {
  db = openTestDatabase();
  const fx = await createClassFixture(db, "password-rules");
  code = await joinCodeOf(db, fx.classA.id);
});

afterAll(async () => {
  await db.$disconnect();
});

const TOO_SHORT = "Choose a longer password: at least 10 characters.";
const ONLY_SPACES = "A password cannot be only spaces. Choose one with letters, digits or symbols.";
const COMMON = "This password is one of the most common ones, so it is easy to guess. Choose another.";
const YOURSELF = "Choose a password that does not contain your email address, username or name.";

/** Each weak password with the reason a person is given; `own` marks the account's own email or username. */
const WEAK: [string, (own: { email: string; username: string }) => string, string][] = [
  ["password", () => "password", TOO_SHORT],
  ["12345678", () => "12345678", TOO_SHORT],
  ["eight spaces", () => " ".repeat(8), ONLY_SPACES],
  ["twelve spaces", () => " ".repeat(12), ONLY_SPACES],
  ["slant-demo", () => "slant-demo", COMMON],
  ["1234567890", () => "1234567890", COMMON],
  ["password123", () => "password123", COMMON],
  ["Qwertyuiop (case does not help)", () => "Qwertyuiop", COMMON],
  ["the account's own email address", (own) => own.email, YOURSELF],
  ["the email address with a few digits added", (own) => `${own.email}2024`, YOURSELF],
];

describe("teacher sign-up refuses weak passwords", () => {
  it.each(WEAK)("%s is 422 with its reason, and creates nothing", async (_what, password, reason) => {
    const email = uniqueEmail("marisol.vega", "password-rules");
    const response = await expectNoAccountChange(db, () => signUpTeacher({ name: "Marisol Vega", email, password: password({ email, username: "" }) }));
    const { error } = expectError(response, 422, "validation_failed");
    expect(error.message).toBe(reason);
    expect(error.details).toEqual({ field: "password" });
  });

  it("a password of exactly 10 characters that is not common is enough", async () => {
    const email = uniqueEmail("marisol.vega", "password-rules");
    expect((await signUpTeacher({ name: "Marisol Vega", email, password: "tide-pool9" })).status).toBe(201);
  });
});

describe("student sign-up refuses weak passwords", () => {
  it.each(WEAK)("%s (joining with an email address) is 422 with its reason, and creates nothing", async (_what, password, reason) => {
    const email = uniqueEmail("kofi.mensah", "password-rules");
    const response = await expectNoAccountChange(db, () => signUpStudent({ code, name: "Kofi Mensah", email, password: password({ email, username: "" }) }));
    expect(expectError(response, 422, "validation_failed").error.message).toBe(reason);
  });

  it("the student's own username, or their name, is refused as a password", async () => {
    const username = uniqueUsername("sasha_petrova");
    for (const password of [username, `${username}!!`, "Sasha Petrova"]) {
      const response = await expectNoAccountChange(db, () => signUpStudent({ code, name: "Sasha Petrova", username, password }));
      expect(expectError(response, 422, "validation_failed").error.message).toBe(YOURSELF);
    }
  });

  it("a wrong class code and a weak password: the password is named, and nothing is created", async () => {
    const response = await expectNoAccountChange(db, () => signUpStudent({ code: "ZZZZZZZZ", name: "Kofi Mensah", username: uniqueUsername("kofi"), password: "12345678" }));
    expect(expectError(response, 422, "validation_failed").error.message).toBe(TOO_SHORT);
  });
});

describe("changing a password refuses weak new passwords", () => {
  it.each(WEAK)("%s is 422 with its reason, and the password stays as it was", async (_what, password, reason) => {
    const email = uniqueEmail("yusuf.adeyemi", "password-rules");
    const current = newPassword();
    await createUser(db, { email, name: "Yusuf Adeyemi", role: "STUDENT", password: current });
    const session = await signIn(email, current);
    const response = await expectNoAccountChange(db, () =>
      session.post("/api/account/password", { currentPassword: current, newPassword: password({ email, username: "" }) }),
    );
    const { error } = expectError(response, 422, "validation_failed");
    expect(error.message).toBe(reason);
    expect(error.details).toEqual({ field: "newPassword" });
    await expect(signIn(email, current)).resolves.toBeDefined();
  });

  it("a student who signs in with a username cannot make it their password", async () => {
    const username = uniqueUsername("yusuf");
    const current = newPassword();
    await createUser(db, { username, name: "Yusuf Adeyemi", role: "STUDENT", password: current });
    const session = await signIn(username, current);
    const response = await expectNoAccountChange(db, () => session.post("/api/account/password", { currentPassword: current, newPassword: `my-${username}` }));
    expect(expectError(response, 422, "validation_failed").error.message).toBe(YOURSELF);
  });
});
