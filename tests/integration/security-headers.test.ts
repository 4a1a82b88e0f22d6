import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { API_OPERATIONS } from "@/lib/http/openapi/api-catalogue";
import { anonymous, type HttpSession } from "../support/http-session";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

const appDir = fileURLToPath(new URL("../../app/", import.meta.url));

let db: PrismaClient;
let fx: ClassFixture;
let teacher: HttpSession;
let student: HttpSession;

/** Every page of the app, as a URL a signed-in teacher or student can open. */
const PAGES: Record<string, (who: "teacher" | "student") => string> = {
  "page.tsx": () => "/",
  "signin/page.tsx": () => "/signin",
  "signin/forgot/page.tsx": () => "/signin/forgot",
  "signin/reset/page.tsx": () => "/signin/reset?token=not-a-real-token",
  "signup/page.tsx": () => "/signup",
  "join/page.tsx": () => "/join",
  "account/password/page.tsx": () => "/account/password",
  "assignments/page.tsx": () => "/assignments",
  "assignments/new/page.tsx": () => `/assignments/new?classId=${fx.classA.id}`,
  "assignments/[id]/page.tsx": () => `/assignments/${fx.assignmentA.id}`,
  "assignments/[id]/discuss/page.tsx": () => `/assignments/${fx.assignmentA.id}/discuss`,
  "classes/page.tsx": () => "/classes",
  "classes/[id]/page.tsx": () => `/classes/${fx.classA.id}`,
  "articles/page.tsx": () => "/articles",
  "articles/[id]/page.tsx": () => `/articles/${fx.article.id}`,
  "help/tagging/page.tsx": () => "/help/tagging",
};

function pageFiles(dir = appDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : pageFiles(full);
    return entry.name === "page.tsx" ? [path.relative(appDir, full)] : [];
  });
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "headers");
  [teacher, student] = await Promise.all([fx.signIn(fx.teacherA), fx.signIn(fx.studentA1)]);
});

afterAll(async () => {
  await db.$disconnect();
});

function scriptSources(csp: string): string[] {
  const directive = csp.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src "));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

describe("F16: every page carries a Content-Security-Policy with a fresh script nonce", () => {
  it("every page file of the app has a row here (a new page without one fails)", () => {
    expect(pageFiles().sort()).toEqual(Object.keys(PAGES).sort());
  });

  it.each(["teacher", "student", "anonymous"] as const)("for a %s, every page's scripts all carry the nonce the policy names, and no inline script runs without it", async (who) => {
    const session = who === "teacher" ? teacher : who === "student" ? student : anonymous();
    for (const [file, url] of Object.entries(PAGES)) {
      const response = await session.get(url(who === "anonymous" ? "student" : who), { headers: { accept: "text/html" } });
      const where = `${file} (${response.status})`;
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, where).toContain("frame-ancestors 'none'");
      expect(csp, where).toContain("object-src 'none'");
      const sources = scriptSources(csp);
      expect(sources, where).not.toContain("'unsafe-inline'");
      expect(sources, where).not.toContain("'unsafe-eval'");
      const nonce = sources.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, where).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      if (response.status !== 200) continue; // a redirect has no scripts
      const scripts = [...response.text.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length, where).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, where).toContain(`nonce="${nonce}"`);
    }
  });

  it("the nonce is new on every response", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++) nonces.add((await anonymous().get("/signin")).headers.get("content-security-policy") ?? "");
    expect(nonces.size).toBe(5);
  });
});

describe("F16: API answers", () => {
  const reads = API_OPERATIONS.filter((operation) => operation.method === "GET");
  const pathOf = (template: string) =>
    template.replace("{studentId}", fx.studentA1.id).replace("{id}", template.includes("articles") ? fx.article.id : template.includes("classes") ? fx.classA.id : fx.assignmentA.id);

  it("every GET route is never stored by a browser or proxy (Cache-Control: no-store), and may not be framed", async () => {
    expect(reads.length).toBeGreaterThan(8);
    for (const operation of reads) {
      const response = await teacher.get(pathOf(operation.path));
      const where = `${operation.path} (${response.status})`;
      expect(response.headers.get("cache-control"), where).toBe("no-store");
      expect(response.headers.get("content-security-policy"), where).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options"), where).toBe("nosniff");
    }
  });

  it("refusals are no-store too", async () => {
    expect((await anonymous().get(`/api/assignments/${fx.assignmentA.id}/annotations`)).headers.get("cache-control")).toBe("no-store");
  });
});

describe("F16: HSTS", () => {
  it("is sent when the request came over https (X-Forwarded-Proto from the load balancer), on pages and the API", async () => {
    for (const url of ["/signin", "/api/health"]) {
      const response = await anonymous().get(url, { headers: { "x-forwarded-proto": "https" } });
      expect(response.headers.get("strict-transport-security"), url).toBe("max-age=63072000; includeSubDomains");
    }
  });

  it("is not sent over plain http (it would lock a school's http-only test server out)", async () => {
    expect((await anonymous().get("/signin")).headers.get("strict-transport-security")).toBeNull();
  });
});
