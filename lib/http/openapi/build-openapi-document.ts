import { z } from "zod";
import { ErrorBody } from "../error-response";
import { API_OPERATIONS, type ApiOperation } from "./api-catalogue";

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed request (not JSON, not UTF-8)",
  401: "Not signed in",
  403: "Signed in, but not allowed",
  404: "Not found, or not yours to see",
  409: "Conflicts with the current state",
  413: "Body too large",
  422: "Valid JSON, invalid content",
  429: "Too many attempts from this account or address; Retry-After says when to try again",
  503: "The database cannot be reached, or the server is stopping: try again (Retry-After says when); a save with the same id is never stored twice",
};

/** A zod schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses); requests are described as sent. */
function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const ARTICLE_UPLOAD: JsonSchema = {
  type: "object",
  required: ["file"],
  properties: {
    file: { type: "string", format: "binary", description: ".html, .docx or .txt, at most 5 MB" },
    title: { type: "string" },
    author: { type: "string" },
    sourceUrl: { type: "string" },
    publishedAt: { type: "string", format: "date" },
  },
};

function describe(operation: ApiOperation) {
  const pathParams = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string", format: "uuid" } }));
  const query = operation.query ? toSchema(operation.query, "input") : null;
  const requiredQuery = new Set((query?.required ?? []) as string[]);
  const queryParams = Object.entries((query?.properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({ name, in: "query", required: requiredQuery.has(name), schema }));
  const errors = new Set(operation.errors ?? []);
  if (operation.session) errors.add(401);
  if (operation.body) [400, 413, 422].forEach((status) => errors.add(status));
  if (operation.query || operation.path.includes("{")) errors.add(422);
  // Any route may meet a database that cannot be reached, or a server that is stopping.
  errors.add(503);
  const { files, events } = operation.success;
  const success = files
    ? { description: "The file, with a Content-Disposition file name", content: Object.fromEntries(files.map((type) => [type, { schema: { type: "string", format: "binary" } }])) }
    : events
      ? { description: "A stream of server-sent events; x-change-event is the JSON data of each `change` event", content: { "text/event-stream": { schema: { type: "string" }, "x-change-event": toSchema(events, "output") } } }
      : operation.success.schema
        ? { description: "Success", content: { "application/json": { schema: toSchema(operation.success.schema, "output") } } }
        : { description: "Success" };
  return {
    summary: operation.summary,
    operationId: `${operation.method.toLowerCase()}${operation.path.replace(/\/api|\{|\}|\.json/g, "").replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    ...(operation.session ? {} : { security: [] }),
    ...(pathParams.length + queryParams.length > 0 && { parameters: [...pathParams, ...queryParams] }),
    ...(operation.body && {
      requestBody: {
        required: true,
        content: {
          "application/json": { schema: operation.body === "multipart-article" ? {} : toSchema(operation.body, "input") },
          ...(operation.path === "/api/articles" && { "multipart/form-data": { schema: ARTICLE_UPLOAD } }),
          ...(operation.path === "/api/assignments/{id}/import" && operation.body !== "multipart-article" && { "application/ld+json": { schema: toSchema(operation.body, "input") } }),
        },
      },
    }),
    responses: {
      [operation.success.status]: success,
      ...Object.fromEntries(
        [...errors].sort().map((status) => [status, { description: STATUS_TEXT[status] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document for the whole JSON API, built from the route catalogue. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of API_OPERATIONS) {
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = describe(operation);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Slant API", version: "1.0.0", description: "Media-literacy annotation: classes, articles, assignments, highlights and feedback." },
    servers: [{ url: "/" }],
    security: [{ session: [] }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "Auth.js session cookie from signing in" } },
      schemas: { Error: toSchema(ErrorBody, "output") },
    },
    paths,
  };
}
