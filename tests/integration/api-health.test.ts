import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { expectError } from "./support/api-assertions";
import type { AppServer } from "@/scripts/lib/app-server";
import { startAppInstance } from "./support/app-instance";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import { anonymous, HttpSession, signIn } from "../support/http-session";
import { TcpProxy } from "./support/tcp-proxy";
import { testEnv } from "./support/test-env";

describe("GET /api/health on the shared app server", () => {
  it("answers 200 with the database ok, without a session", async () => {
    const response = await anonymous().get("/api/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.body).toEqual({ status: "ok", database: "ok" });
  });

  it("is not cached: every call asks the database again", async () => {
    const response = await anonymous().get("/api/health");
    expect(response.headers.get("cache-control") ?? "").not.toMatch(/s-maxage|max-age=[1-9]/);
    expect(response.headers.get("x-nextjs-cache")).toBeNull();
  });
});

/**
 * The outage cases run against a second app server of the same build whose database
 * connection goes through a relay the test can cut. The shared server is never touched.
 */
describe("when the database becomes unreachable (a second app instance behind a cuttable relay)", () => {
  let db: PrismaClient;
  let fx: ClassFixture;
  let proxy: TcpProxy;
  let instance: AppServer;
  let student: HttpSession;

  beforeAll(async () => {
    db = openTestDatabase();
    fx = await createClassFixture(db, "health");
    const real = new URL(testEnv("DATABASE_URL"));
    proxy = await TcpProxy.start({ host: real.hostname, port: Number(real.port || 5432) });
    const relayed = new URL(real);
    relayed.hostname = "127.0.0.1";
    relayed.port = String(proxy.port);
    instance = await startAppInstance(relayed.toString());
    student = await signIn(fx.studentA1.email, fx.studentA1.password, instance.url);
  });

  afterAll(async () => {
    await instance?.stop();
    await proxy?.close();
    await db?.$disconnect();
  });

  const health = () => new HttpSession(instance.url).get("/api/health");

  it("health is 200 ok while the relay is up", async () => {
    const response = await health();
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: { status: "ok", database: "ok" } });
  });

  it("health is 503 with the database down once it is cut, and a data route answers a JSON 503 the client can retry", async () => {
    proxy.cut();
    try {
      const down = await health();
      expect({ status: down.status, body: down.body }).toEqual({ status: 503, body: { status: "degraded", database: "down" } });

      const failed = await student.get(`/api/assignments/${fx.assignmentA.id}`);
      const { error } = expectError(failed, 503, "service_unavailable");
      expect(error.message).toBe("Slant cannot reach its database right now. Try again in a minute.");
      expect(failed.headers.get("retry-after")).toBe("5");
      // The driver's words stay in the server log, in one line.
      expect(failed.text).not.toMatch(/prisma|ECONNRE|at .*\.js|stack/i);
      expect(instance.log()).toMatch(/Slant cannot reach its database \([^)]+\); answering 503 until it is back\./);
    } finally {
      proxy.restore();
    }
  });

  it("recovers without a restart: health and data routes answer again once the relay is back", async () => {
    const deadline = Date.now() + 15_000;
    let response = await health();
    while (response.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      response = await health();
    }
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: { status: "ok", database: "ok" } });
    const assignment = await student.get<{ id: string }>(`/api/assignments/${fx.assignmentA.id}`);
    expect(assignment.status).toBe(200);
    expect(assignment.body.id).toBe(fx.assignmentA.id);
  });
});
