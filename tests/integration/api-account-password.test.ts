import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser } from "@/prisma/seed/factories";
import { anonymous, signIn, type HttpSession } from "../support/http-session";
import { expectNoAccountChange, newPassword, uniqueEmail } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;

beforeAll(() => {
  db = openTestDatabase();
});

afterAll(async () => {
  await db.$disconnect();
});

/** A fresh teacher or student of their own, signed in, so each test changes only its own password. */
async function freshAccount(role: "TEACHER" | "STUDENT" = "STUDENT") {
  const email = uniqueEmail(role === "TEACHER" ? "harriet.cole" : "yusuf.adeyemi", "password");
  const password = newPassword();
  const user = await createUser(db, { email, name: role === "TEACHER" ? "Harriet Cole" : "Yusuf Adeyemi", role, password });
  const session = await signIn(email, password);
  return { id: user.id, email, password, session };
}

function changePassword(session: HttpSession, body: unknown) {
  return session.post("/api/account/password", body);
}

const storedHash = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash;

describe("POST /api/account/password", () => {
  it("a student changes their password: 204 with no body, the old one stops working and the new one works", async () => {
    const account = await freshAccount();
    const next = newPassword();
    const response = await changePassword(account.session, { currentPassword: account.password, newPassword: next });
    expect({ status: response.status, text: response.text }).toEqual({ status: 204, text: "" });
    await expect(signIn(account.email, account.password)).rejects.toThrow(/gave no session/);
    const again = await signIn(account.email, next);
    expect((await again.get("/api/assignments")).status).toBe(200);
  });

  it("a teacher changes theirs the same way, and the new one is stored as an argon2id hash", async () => {
    const account = await freshAccount("TEACHER");
    const next = newPassword();
    expect((await changePassword(account.session, { currentPassword: account.password, newPassword: next })).status).toBe(204);
    const row = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(JSON.stringify(row)).not.toContain(next);
    await expect(signIn(account.email, next)).resolves.toBeDefined();
  });

  it("the session that changed the password keeps working", async () => {
    const account = await freshAccount();
    expect((await changePassword(account.session, { currentPassword: account.password, newPassword: newPassword() })).status).toBe(204);
    expect((await account.session.get("/api/classes")).status).toBe(200);
  });

  it("a wrong current password is 422 naming the current password, and the password stays as it was", async () => {
    const account = await freshAccount();
    const before = await storedHash(account.id);
    const response = await expectNoAccountChange(db, () => changePassword(account.session, { currentPassword: `${account.password}x`, newPassword: newPassword() }));
    const { error } = expectError(response, 422, "validation_failed");
    expect(error.message).toBe("Your current password is not right.");
    expect(error.details).toEqual({ field: "currentPassword" });
    expect(await storedHash(account.id)).toBe(before);
    await expect(signIn(account.email, account.password)).resolves.toBeDefined();
  });

  it("a new password the same as the current one is 422, and nothing changes", async () => {
    const account = await freshAccount();
    const response = await expectNoAccountChange(db, () => changePassword(account.session, { currentPassword: account.password, newPassword: account.password }));
    const { error } = expectError(response, 422, "validation_failed");
    expect(error.message).toContain("must differ from the current one");
  });

  it.each([
    ["a new password of 9 characters", (current: string) => ({ currentPassword: current, newPassword: "tide-pool" }), "longer password"],
    ["a new password over 200 characters", (current: string) => ({ currentPassword: current, newPassword: "n".repeat(201) }), "new password"],
    ["no new password", (current: string) => ({ currentPassword: current }), "new password"],
    ["no current password", () => ({ newPassword: newPassword() }), "current password"],
    ["an empty current password", () => ({ currentPassword: "", newPassword: newPassword() }), "current password"],
    ["an extra field", (current: string) => ({ currentPassword: current, newPassword: newPassword(), userId: crypto.randomUUID() }), ""],
  ])("%s is 422, and nothing changes", async (_what, body, field) => {
    const account = await freshAccount();
    const response = await expectNoAccountChange(db, () => changePassword(account.session, body(account.password)));
    const { error } = expectError(response, 422, "validation_failed");
    if (field) expect(error.message).toContain(field);
  });

  it("malformed JSON is 400, and nothing changes", async () => {
    const account = await freshAccount();
    const response = await expectNoAccountChange(db, () =>
      account.session.post("/api/account/password", undefined, { raw: '{"currentPassword": ', headers: { "content-type": "application/json" } }),
    );
    expectError(response, 400, "malformed_json");
  });

  it("without a session it is 401, even with the right current password, and nothing changes", async () => {
    const account = await freshAccount();
    const response = await expectNoAccountChange(db, () => changePassword(anonymous(), { currentPassword: account.password, newPassword: newPassword() }));
    expectError(response, 401, "unauthenticated");
  });

  it("checks the session before the body: malformed JSON without a session is 401", async () => {
    const response = await anonymous().post("/api/account/password", undefined, { raw: "{", headers: { "content-type": "application/json" } });
    expectError(response, 401, "unauthenticated");
  });

  it("changes only the signed-in user's password, no one else's", async () => {
    const account = await freshAccount();
    const other = await freshAccount();
    const otherHash = await storedHash(other.id);
    expect((await changePassword(account.session, { currentPassword: account.password, newPassword: newPassword() })).status).toBe(204);
    expect(await storedHash(other.id)).toBe(otherHash);
  });
});
