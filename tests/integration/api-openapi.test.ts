import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { anonymous, type ApiResponse } from "../support/http-session";

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> }; responses: Record<string, unknown> }>>;
}

interface JsonSchema {
  type?: string;
  required?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, JsonSchema>;
}

const API_DIR = fileURLToPath(new URL("../../app/api/", import.meta.url));
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * Every route file under app/api as "METHOD /api/path", read from the files themselves:
 * [id] becomes {id}; Auth.js's own routes and the catch-all 404 are not part of the API.
 */
function routesOnDisk(): string[] {
  const files = readdirSync(API_DIR, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
  const routes: string[] = [];
  for (const file of files) {
    const segments = path.dirname(file).split(path.sep).filter((segment) => segment !== ".");
    if (segments[0] === "auth" || segments.some((segment) => segment.startsWith("[..."))) continue;
    const apiPath = ["/api", ...segments.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
    const source = readFileSync(path.join(API_DIR, file), "utf8");
    for (const method of METHODS) {
      if (new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+${method}\\b`).test(source)) routes.push(`${method} ${apiPath}`);
    }
  }
  return routes.sort();
}

let response: ApiResponse<OpenApiDocument>;
let documented: string[];

beforeAll(async () => {
  response = await anonymous().get<OpenApiDocument>("/api/openapi.json");
  documented = Object.entries(response.body?.paths ?? {})
    .flatMap(([apiPath, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${apiPath}`))
    .sort();
});

describe("GET /api/openapi.json", () => {
  it("answers without a session: 200 JSON, an OpenAPI 3.1.0 document", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.body.openapi).toBe("3.1.0");
    expect(response.body.info).toMatchObject({ title: "Slant API" });
  });

  it("the route files were found (the walk itself works)", () => {
    const onDisk = routesOnDisk();
    expect(onDisk).toContain("POST /api/assignments/{id}/annotations");
    expect(onDisk).toContain("PUT /api/assignments/{id}/submissions/{studentId}/feedback");
    expect(onDisk).toContain("GET /api/openapi.json");
    expect(onDisk.some((route) => route.includes("/api/auth"))).toBe(false);
    expect(onDisk.length).toBeGreaterThanOrEqual(30);
  });

  it("documents every method of every route file", () => {
    const missing = routesOnDisk().filter((route) => !documented.includes(route));
    expect(missing, "routes in app/api missing from the document").toEqual([]);
  });

  it("documents nothing that has no route file", () => {
    const onDisk = routesOnDisk();
    const extra = documented.filter((route) => !onDisk.includes(route));
    expect(extra, "documented routes with no route file").toEqual([]);
  });

  it("describes the body of POST /api/assignments/{id}/annotations: start, end and tag required, nothing else allowed", () => {
    const schema = response.body.paths["/api/assignments/{id}/annotations"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(schema).toBeDefined();
    expect([...(schema!.required ?? [])].sort()).toEqual(["end", "start", "tag"]);
    expect(schema!.additionalProperties).toBe(false);
    expect(Object.keys(schema!.properties ?? {}).sort()).toEqual(["articleVersionId", "end", "id", "note", "start", "tag", "undoesDelete"]);
  });

  it("describes the article upload as multipart with a required file", () => {
    const content = response.body.paths["/api/articles"]?.post?.requestBody?.content ?? {};
    expect(Object.keys(content).sort()).toEqual(["application/json", "multipart/form-data"]);
    expect(content["multipart/form-data"]?.schema.required).toEqual(["file"]);
  });
});
