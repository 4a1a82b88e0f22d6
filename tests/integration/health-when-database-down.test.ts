import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "@/scripts/lib/free-port";
import { startAppServer, type AppServer } from "@/scripts/lib/app-server";

const root = path.resolve(import.meta.dirname, "../..");
let app: AppServer;

beforeAll(async () => {
  // A second app whose database is a port nothing listens on.
  const deadPort = await freePort();
  app = await startAppServer({
    root,
    port: await freePort(),
    env: { DATABASE_URL: `postgresql://postgres@127.0.0.1:${deadPort}/nowhere`, AUTH_SECRET: process.env.AUTH_SECRET! },
    quiet: true,
    waitFor: "listening",
  });
});
afterAll(() => app.stop());

it("health answers 503 with database down when PostgreSQL cannot be reached", async () => {
  const response = await fetch(`${app.url}/api/health`);
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: "degraded", database: "down" });
});

it("health answers 200 with database ok for the app under test", async () => {
  const response = await fetch(`${process.env.SLANT_BASE_URL}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
