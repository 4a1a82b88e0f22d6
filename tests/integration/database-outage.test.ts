import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationDto } from "@/lib/annotations/schemas";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { startEmbeddedPostgres, type EmbeddedDatabaseServer } from "@/lib/db/embedded-postgres";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ensureDatabase } from "@/lib/db/manage-databases";
import { applyMigrations } from "@/lib/db/migrate";
import { ErrorBody } from "@/lib/http/error-response";
import { locatePhrase } from "@/prisma/seed/factories";
import type { AppServer } from "@/scripts/lib/app-server";
import { freePort } from "@/scripts/lib/free-port";
import { expectError } from "./support/api-assertions";
import { startAppInstance } from "./support/app-instance";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { callServerAction, FormArgument, listServerActions } from "./support/server-actions";
import { attemptSignIn, HttpSession, signIn, type ApiResponse } from "../support/http-session";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

/**
 * The app on an embedded PostgreSQL of this file's own, which the test stops and starts
 * again under the running app: the database going away for real (a fast shutdown that
 * ends every connection, then refused connections), not a relay cut.
 */
describe("PostgreSQL stops while the app runs, then starts again", () => {
  let dataDir: string;
  let port: number;
  let postgres: EmbeddedDatabaseServer;
  let db: PrismaClient;
  let fx: ClassFixture;
  let instance: AppServer;
  let student: HttpSession;
  let stoppedAt = 0;
  const unsaved = { id: crypto.randomUUID(), tag: "loaded_language" };

  const startPostgres = () => startEmbeddedPostgres({ dataDir, port, persistent: true });
  const health = () => new HttpSession(instance.url).get("/api/health");
  const annotations = () => `/api/assignments/${fx.assignmentA.id}/annotations`;
  const page = (headers: Record<string, string> = {}) => student.get("/assignments", { headers: { accept: "text/html", ...headers } });

  async function waitFor(what: string, done: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "slant-outage-"));
    await chmod(dataDir, 0o755); // the postgres user (we run as root) must reach it
    port = await freePort();
    postgres = await startPostgres();
    await ensureDatabase(postgres.urlFor("postgres"), "slant");
    const url = postgres.urlFor("slant");
    await applyMigrations(url, MIGRATIONS);
    db = createPrismaClient(url, 2);
    fx = await createClassFixture(db, "outage");
    Object.assign(unsaved, locatePhrase(fx.article.text, "a disastrous loss of green space"));
    instance = await startAppInstance(url);
    student = await signIn(fx.studentA1.email, fx.studentA1.password, instance.url);
  });

  afterAll(async () => {
    await instance?.stop();
    await db?.$disconnect();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("while it runs: health is ok, a save is 201, a page is 200", async () => {
    expect((await health()).status).toBe(200);
    const saved = await student.post(annotations(), { ...locatePhrase(fx.article.text, "ending a two-year dispute"), tag: "factual_claim" });
    expect(saved.status).toBe(201);
    expect((await page()).status).toBe(200);
  });

  it("once it stops, /api/health answers 503 within 3 seconds", async () => {
    await postgres.stop();
    stoppedAt = Date.now();
    await waitFor("health 503", async () => (await health()).status === 503, 3_000);
    console.log(`database outage: /api/health said 503 ${Date.now() - stoppedAt} ms after PostgreSQL stopped`);
    expect((await health()).body).toEqual({ status: "degraded", database: "down" });
  });

  const expectUnavailable = (response: ApiResponse) => {
    const { error } = expectError(response, 503, "service_unavailable");
    expect(ErrorBody.parse(response.body)).toEqual({ error: { code: "service_unavailable", message: error.message, details: { retryAfterSeconds: 5 } } });
    expect(error.message).toBe("Slant cannot reach its database right now. Try again in a minute.");
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.text).not.toMatch(/prisma|ECONN|57P01|invocation|\bat \S+:\d+/i);
  };

  it("the API answers 503 service_unavailable with Retry-After (what the reader's queue retries), not a 500", async () => {
    expectUnavailable(await student.post(annotations(), unsaved));
    expectUnavailable(await student.get(annotations()));
    expectUnavailable(await student.get(`/api/assignments/${fx.assignmentA.id}`));
    expect(instance.log()).toMatch(/Slant cannot reach its database \(\w+\); answering 503 until it is back\./);
    expect(instance.log()).not.toContain("unhandled error");
  });

  it("pages answer a 503 page that says why, for a navigation and for the client router alike", async () => {
    for (const response of [await page(), await page({ rsc: "1" }), await new HttpSession(instance.url).get("/signin", { headers: { accept: "text/html" } })]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.text).toContain("<h1>Slant cannot reach its database</h1>");
      expect(response.text).toContain("Try again in a minute");
    }
  });

  it("signing in answers 503 too, and the sign-in form says the database cannot be reached, not that the password is wrong", async () => {
    const attempt = await attemptSignIn(fx.studentA2.email, fx.studentA2.password, { baseUrl: instance.url });
    expectUnavailable(attempt.response);
    expect(attempt.session).toBeNull();

    const signInAction = listServerActions().find((action) => action.name === "signInAction")!;
    const fields = { identifier: fx.studentA2.email, password: fx.studentA2.password, returnTo: "/assignments" };
    const form = await callServerAction(new HttpSession(instance.url), signInAction, [{ error: null, identifier: "" }, new FormArgument(fields)], "/signin");
    expect(form.text).toContain("Slant cannot reach its database right now. Try again in a minute.");
    expect(form.text).not.toContain("do not match an account");
    expect(instance.log()).toContain("[auth] a sign-in was refused: the database cannot be reached");
  });

  it("once it starts again, the same app process recovers by itself and the refused save goes through on retry", async () => {
    const pid = instance.process.pid;
    postgres = await startPostgres();
    const backAt = Date.now();
    await waitFor("health 200", async () => (await health()).status === 200);
    const healthyAfter = Date.now() - backAt;
    let retried: ApiResponse | undefined;
    await waitFor("the save", async () => (retried = await student.post(annotations(), unsaved)).status !== 503);
    const savedAfter = Date.now() - backAt;
    console.log(
      `database outage: ${((backAt - stoppedAt) / 1000).toFixed(1)} s down; after PostgreSQL was back, health was 200 in ${healthyAfter} ms and the retried save stored in ${savedAfter} ms`,
    );
    expect(retried!.status).toBe(201);
    expect(AnnotationDto.parse(retried!.body).id).toBe(unsaved.id);
    expect(await db.annotation.count({ where: { id: unsaved.id } })).toBe(1);
    await waitFor("the page", async () => (await page()).status === 200, 3_000);
    expect(instance.process.pid).toBe(pid);
    expect(instance.process.exitCode).toBeNull();
  });
});
