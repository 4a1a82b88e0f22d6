import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { anonymous, type HttpSession } from "../support/http-session";
import { expectNoAccountChange } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import { callServerAction, FormArgument, listServerActions, type ServerAction } from "./support/server-actions";
import { testEnv } from "./support/test-env";

let db: PrismaClient;
let fx: ClassFixture;
let teacher: HttpSession;
let createClassAction: ServerAction;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "malformed");
  teacher = await fx.signIn(fx.teacherA);
  createClassAction = listServerActions().find((action) => action.name === "createClassAction")!;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("F12: a path with a broken percent-escape is a 400, never a 500", () => {
  it.each(["/api/assignments/%E0%A4%A", "/api/classes/%FF", "/api/annotations/%"])("the API answers %s with the JSON error shape", async (path) => {
    const { error } = expectError(await teacher.get(path), 400, "malformed_path");
    expect(error.message).toMatch(/broken %-escape/);
  });

  it("a page answers it with a plain 400 page", async () => {
    const response = await teacher.get("/assignments/%E0%A4%A", { headers: { accept: "text/html" } });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.text).toContain("<h1>Bad address</h1>");
    expect(response.text).not.toMatch(/<script/i);
  });
});

describe("F3 and F12: where a signed-in user is sent back to after signing in", () => {
  it.each([
    ["a tab that browsers drop, turning it into //evil.example (F3)", "/%09/evil.example/phish", "/assignments"],
    ["a newline (was a 500)", "/%0a/x", "/assignments"],
    ["a backslash", "/%5Cevil.example", "/assignments"],
    ["a non-ASCII path (was a 500)", "/%E2%82%AC", "/%E2%82%AC"],
    ["a path of ours", "/classes?tab=roster", "/classes?tab=roster"],
  ])("%s: 307 to %s", async (_what, callbackUrl, expected) => {
    const response = await teacher.get(`/signin?callbackUrl=${callbackUrl}`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(expected);
  });
});

describe("F12: server actions refuse forged or unreadable calls with a 4xx", () => {
  const call = (raw: string, headers: Record<string, string>) =>
    teacher.request("POST", "/classes", { raw, headers: { "next-action": createClassAction.id, accept: "text/x-component", ...headers } });

  it("from another origin: 403 (was a 500), and no class is made", async () => {
    const response = await expectNoAccountChange(db, () =>
      callServerAction(teacher, createClassAction, [{ ok: null }, new FormArgument({ name: "Forged" })], "/classes", { origin: "http://evil.example" }),
    );
    expectError(response, 403, "forbidden");
  });

  it.each([
    ["broken JSON as text/plain", "{{{", "text/plain;charset=UTF-8"],
    ["an XML body", "<a/>", "application/xml"],
    ["a multipart body without React's root part", "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n", "multipart/form-data; boundary=b"],
    ["a multipart body that is cut off", "--b\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[", "multipart/form-data; boundary=b"],
  ])("%s: 400 (was a 500), and nothing changes", async (_what, raw, type) => {
    const response = await expectNoAccountChange(db, () => call(raw, { origin: new URL(testEnv("SLANT_BASE_URL")).origin, "content-type": type }));
    expectError(response, 400, "malformed_body");
  });

  it("readable JSON of the wrong shape (a number where the form goes) is a message in the form, not a 500", async () => {
    const response = await expectNoAccountChange(db, () => call("[1,2]", { origin: new URL(testEnv("SLANT_BASE_URL")).origin, "content-type": "text/plain;charset=UTF-8" }));
    expect(response.status).toBe(200);
    expect(response.text).toContain('"ok":false');
    expect(response.text).toMatch(/Invalid form: name/);
  });
});

describe("anonymous visitors meet the same checks", () => {
  it("a broken path is 400 without a session too", async () => {
    expectError(await anonymous().get("/api/assignments/%E0%A4%A"), 400, "malformed_path");
  });
});
