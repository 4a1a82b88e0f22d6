import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { API_OPERATIONS } from "@/lib/http/openapi/api-catalogue";
import { startAppInstance } from "./support/app-instance";
import type { AppServer } from "@/scripts/lib/app-server";
import { signIn, type HttpSession } from "../support/http-session";
import { expectNoAccountChange, joinCodeOf } from "./support/account-data";
import { expectError } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import { testEnv } from "./support/test-env";

let db: PrismaClient;
let fx: ClassFixture;
let teacher: HttpSession;
let student: HttpSession;
const ownOrigin = () => new URL(testEnv("SLANT_BASE_URL")).origin;
const anotherPort = () => `http://localhost:${Number(new URL(testEnv("SLANT_BASE_URL")).port) + 1}`;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "csrf");
  [teacher, student] = await Promise.all([fx.signIn(fx.teacherA), fx.signIn(fx.studentB)]);
});

afterAll(async () => {
  await db.$disconnect();
});

const createClass = (headers: Record<string, string>, raw = JSON.stringify({ name: "Forged class" })) =>
  teacher.post("/api/classes", undefined, { raw, headers });

describe("F2: a state-changing API request from another origin is refused, and changes nothing", () => {
  it.each([
    ["another site", "http://evil.example"],
    ["another port on the same host (same site: the Lax cookie is sent)", null],
    ["a sibling subdomain", "http://homework.localhost"],
    ["an opaque origin", "null"],
  ])("from %s: 403", async (_what, origin) => {
    const response = await expectNoAccountChange(db, () =>
      createClass({ origin: origin ?? anotherPort(), "content-type": "application/json" }),
    );
    const { error } = expectError(response, 403, "forbidden");
    expect(error.message).toMatch(/another site/);
  });

  it("a no-cors text/plain join from another port (the reported forgery) is refused and the student is not enrolled", async () => {
    const code = await joinCodeOf(db, fx.classA.id);
    const response = await expectNoAccountChange(db, () =>
      student.post("/api/classes/join", undefined, { raw: JSON.stringify({ code }), headers: { origin: anotherPort(), "content-type": "text/plain" } }),
    );
    expectError(response, 403, "forbidden");
    expect(await db.enrollment.count({ where: { classId: fx.classA.id, userId: fx.studentB.id } })).toBe(0);
  });

  it("a browser request without Origin but marked cross-site by Sec-Fetch-Site is refused", async () => {
    expectError(await expectNoAccountChange(db, () => createClass({ "sec-fetch-site": "cross-site", "content-type": "application/json" })), 403, "forbidden");
  });

  it("every state-changing route of the API refuses a foreign origin before it runs", async () => {
    const writes = API_OPERATIONS.filter((operation) => operation.method !== "GET");
    expect(writes.length).toBeGreaterThan(10);
    for (const operation of writes) {
      const path = operation.path.replace(/\{[^}]+\}/g, crypto.randomUUID());
      const response = await expectNoAccountChange(db, () =>
        teacher.request(operation.method, path, { raw: "{}", headers: { origin: "http://evil.example", "content-type": "application/json" } }),
      );
      expect(response.status, `${operation.method} ${operation.path}`).toBe(403);
    }
  });
});

describe("F2: a state-changing API request must declare JSON", () => {
  it.each(["text/plain", "text/plain;charset=UTF-8", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "%s is 415, and nothing changes",
    async (type) => {
      const response = await expectNoAccountChange(db, () => createClass({ "content-type": type }));
      expectError(response, 415, "unsupported_media_type");
    },
  );

  it("an empty POST without a JSON type (an HTML form's, a no-cors fetch's) is 415", async () => {
    const response = await expectNoAccountChange(db, () => teacher.request("POST", `/api/classes/${fx.classA.id}/join-code`, { headers: { "content-type": "text/plain" } }));
    expectError(response, 415, "unsupported_media_type");
  });

  it("a client that is not a browser (no Origin) and sends JSON keeps working: 201", async () => {
    const response = await createClass({ "content-type": "application/json" });
    expect(response.status).toBe(201);
    await db.class.delete({ where: { id: (response.body as { id: string }).id } });
  });

  it("the app's own origin with JSON works: 201", async () => {
    const response = await createClass({ origin: ownOrigin(), "content-type": "application/json" });
    expect(response.status).toBe(201);
    await db.class.delete({ where: { id: (response.body as { id: string }).id } });
  });
});

describe("F2 behind a proxy: SLANT_ORIGIN names the origins browsers use", () => {
  let instance: AppServer;
  let session: HttpSession;

  beforeAll(async () => {
    instance = await startAppInstance(testEnv("DATABASE_URL"), { SLANT_ORIGIN: "https://slant.school.example,https://slant-old.school.example" });
    session = await signIn(fx.teacherA.email, fx.teacherA.password, instance.url);
  });

  afterAll(async () => {
    await instance?.stop();
  });

  it("a listed origin is accepted, and the server's own address, when not listed, is refused", async () => {
    for (const origin of ["https://slant.school.example", "https://slant-old.school.example"]) {
      const response = await session.post("/api/classes", { name: "Through the proxy" }, { headers: { origin } });
      expect(response.status, origin).toBe(201);
      await db.class.delete({ where: { id: (response.body as { id: string }).id } });
    }
    const direct = await expectNoAccountChange(db, () => session.post("/api/classes", { name: "Direct" }, { headers: { origin: new URL(instance.url).origin } }));
    expectError(direct, 403, "forbidden");
  });
});

describe("unsupported methods on existing API routes", () => {
  it.each([
    ["PUT", "/api/classes", "GET, POST"],
    ["PATCH", "/api/classes", "GET, POST"],
    ["DELETE", "/api/classes", "GET, POST"],
    ["GET", "/api/classes/join", "POST"],
    ["PUT", "/api/annotations/00000000-0000-4000-8000-000000000000", "PATCH, DELETE"],
  ])("%s %s is 405 in the JSON error shape, with Allow: %s", async (method, path, allow) => {
    const response = await expectNoAccountChange(db, () => teacher.request(method, path, method === "GET" ? {} : { raw: "{}" }));
    expectError(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toBe(allow);
  });
});
