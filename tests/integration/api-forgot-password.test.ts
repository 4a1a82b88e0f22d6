import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { AppServer } from "@/scripts/lib/app-server";
import { createUser } from "@/prisma/seed/factories";
import { HttpSession, signIn } from "../support/http-session";
import { expectNoAccountChange, newPassword, uniqueEmail, uniqueUsername } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { startAppInstance } from "./support/app-instance";
import { openTestDatabase } from "./support/database";
import { testEnv } from "./support/test-env";

/**
 * Self-service password reset by an emailed link. The app under test here is an instance
 * of its own with the console mail transport, so each email (link included) is in its log.
 */

const PUBLIC_ORIGIN = "https://slant.northfield-high.test";
const SAME_ANSWER = "If an account has this email address, we have sent it a link to choose a new password. The link works for 1 hour.";
const LINK_REFUSED = "This link to reset your password has expired or was already used. Ask for a new one on the sign-in page.";

let db: PrismaClient;
let app: AppServer;
let visitor: HttpSession;

beforeAll(async () => {
  db = openTestDatabase();
  app = await startAppInstance(testEnv("DATABASE_URL"), { SLANT_MAIL_TRANSPORT: "console", SLANT_ORIGIN: PUBLIC_ORIGIN });
  visitor = new HttpSession(app.url);
}, 90_000);

afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

async function freshAccount() {
  const email = uniqueEmail("kofi.mensah", "forgot");
  const password = newPassword();
  const user = await createUser(db, { email, name: "Kofi Mensah", role: "STUDENT", password });
  return { id: user.id, email, password };
}

/** The emails the app has printed to `to` so far. */
function emailsTo(to: string): string[] {
  return app.log().split("[mail] to ").filter((block) => block.startsWith(`${to}:`));
}

/** Waits for the nth email to `to` (they are sent just after the answer) and returns the token in its link. */
async function linkSentTo(to: string, nth = 1): Promise<{ link: string; token: string }> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const email = emailsTo(to)[nth - 1];
    const link = email && /(\S+\/signin\/reset\?token=([A-Za-z0-9_-]+))/.exec(email);
    if (link) return { link: link[1]!, token: link[2]! };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No email to ${to} within 10 s. The log:\n${app.log()}`);
}

const ask = (email: string) => visitor.post<{ message: string }>("/api/password-reset", { email });
const confirm = (token: string, password: string) => visitor.post("/api/password-reset/confirm", { token, newPassword: password });

describe("a forgotten password is reset by a link sent to the account's email address", () => {
  it("asking sends the address a link at the public origin, whose token is stored only as a hash", async () => {
    const account = await freshAccount();
    const response = await ask(account.email.toUpperCase());
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ message: SAME_ANSWER });
    const { link, token } = await linkSentTo(account.email);
    expect(link.startsWith(`${PUBLIC_ORIGIN}/signin/reset?token=`)).toBe(true);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = await db.passwordResetToken.findMany({ where: { userId: account.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    const minutesLeft = (rows[0]!.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(55);
    expect(minutesLeft).toBeLessThanOrEqual(60);
  });

  it("the link sets a new password once: the new one signs in, the old one does not, and a second use is refused", async () => {
    const account = await freshAccount();
    await ask(account.email);
    const { token } = await linkSentTo(account.email);
    const chosen = newPassword();
    expect((await confirm(token, chosen)).status).toBe(204);
    await expect(signIn(account.email, chosen, app.url)).resolves.toBeDefined();
    await expect(signIn(account.email, account.password, app.url)).rejects.toThrow(/gave no session/);
    const again = await expectNoAccountChange(db, () => confirm(token, newPassword()));
    expect(expectError(again, 400, "reset_link_invalid").error.message).toBe(LINK_REFUSED);
    await expect(signIn(account.email, chosen, app.url)).resolves.toBeDefined();
  });

  it("using the link signs out every session of the account", async () => {
    const account = await freshAccount();
    const earlier = await signIn(account.email, account.password, app.url);
    expect((await earlier.get("/api/assignments")).status).toBe(200);
    await ask(account.email);
    expect((await confirm((await linkSentTo(account.email)).token, newPassword())).status).toBe(204);
    expectError(await earlier.get("/api/assignments"), 401, "unauthenticated");
  });

  it("an address no account has gets the same answer, and no email is sent", async () => {
    const unknown = uniqueEmail("nobody", "forgot");
    const response = await expectNoAccountChange(db, () => ask(unknown));
    expect({ status: response.status, body: response.body }).toEqual({ status: 202, body: { message: SAME_ANSWER } });
    // Give the app the time it takes to send one, then check that it sent none.
    const known = await freshAccount();
    await ask(known.email);
    await linkSentTo(known.email);
    expect(emailsTo(unknown)).toEqual([]);
    expect(app.log()).not.toContain(unknown);
  });

  it("a username-only account has no address to send to: nothing is sent and the answer is the same", async () => {
    const username = uniqueUsername("sasha");
    await createUser(db, { username, name: "Sasha Petrova", role: "STUDENT", password: newPassword() });
    const response = await ask(`${username}@northfield-high.test`);
    expect(response.body).toEqual({ message: SAME_ANSWER });
    expect(app.log()).not.toContain(username);
  });

  it("a well-formed token that no link had is 400 with the same words as a used link, and changes nothing", async () => {
    const response = await expectNoAccountChange(db, () => confirm(Buffer.alloc(32, 7).toString("base64url"), newPassword()));
    expect(expectError(response, 400, "reset_link_invalid").error.message).toBe(LINK_REFUSED);
  });

  it.each([
    ["a malformed token", "not-a-token"],
    ["an empty token", ""],
    ["a token with a NUL in it", `${"a".repeat(42)}\u0000`],
  ])("%s is 422 and changes nothing", async (_what, token) => {
    expectError(await expectNoAccountChange(db, () => confirm(token, newPassword())), 422, "validation_failed");
  });

  it("a link older than an hour is refused and changes nothing", async () => {
    const account = await freshAccount();
    await ask(account.email);
    const { token } = await linkSentTo(account.email);
    await db.passwordResetToken.updateMany({ where: { userId: account.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await expectNoAccountChange(db, () => confirm(token, newPassword()));
    expect(expectError(response, 400, "reset_link_invalid").error.message).toBe(LINK_REFUSED);
    await expect(signIn(account.email, account.password, app.url)).resolves.toBeDefined();
  });

  it("using one link makes the account's earlier links useless", async () => {
    const account = await freshAccount();
    await ask(account.email);
    const first = await linkSentTo(account.email, 1);
    await db.passwordResetToken.updateMany({ where: { userId: account.id }, data: { createdAt: new Date(Date.now() - 5 * 60_000) } });
    await ask(account.email);
    const second = await linkSentTo(account.email, 2);
    expect(second.token).not.toBe(first.token);
    expect((await confirm(second.token, newPassword())).status).toBe(204);
    expectError(await confirm(first.token, newPassword()), 400, "reset_link_invalid");
  });

  it("asking again within a minute sends no second email, so nobody can flood an inbox", async () => {
    const account = await freshAccount();
    await ask(account.email);
    await linkSentTo(account.email);
    expect((await ask(account.email)).body).toEqual({ message: SAME_ANSWER });
    const other = await freshAccount();
    await ask(other.email);
    await linkSentTo(other.email);
    expect(emailsTo(account.email)).toHaveLength(1);
  });

  it("the new password follows the password rules; a refused one leaves the link usable", async () => {
    const account = await freshAccount();
    await ask(account.email);
    const { token } = await linkSentTo(account.email);
    for (const weak of ["password123", account.email]) {
      const response = await expectNoAccountChange(db, () => confirm(token, weak));
      expect(expectError(response, 422, "validation_failed").error.details).toEqual({ field: "newPassword" });
    }
    expect((await confirm(token, newPassword())).status).toBe(204);
  });

  it("a student whose teacher had set a temporary password is free again after choosing one by the link", async () => {
    const account = await freshAccount();
    await db.user.update({ where: { id: account.id }, data: { mustChangePassword: true } });
    await ask(account.email);
    const chosen = newPassword();
    expect((await confirm((await linkSentTo(account.email)).token, chosen)).status).toBe(204);
    expect((await db.user.findUniqueOrThrow({ where: { id: account.id } })).mustChangePassword).toBe(false);
    expect((await (await signIn(account.email, chosen, app.url)).get("/api/assignments")).status).toBe(200);
  });

  it("the sign-in page links to the form that asks for the email address", async () => {
    const page = await visitor.get("/signin", { headers: { accept: "text/html" } });
    expect(page.text).toContain('href="/signin/forgot"');
    const forgot = await visitor.get("/signin/forgot", { headers: { accept: "text/html" } });
    expect(forgot.status).toBe(200);
    expect(forgot.text).toContain("Forgot your password?");
  });
});
