import { expect } from "vitest";
import type { ApiResponse } from "../../support/http-session";

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; requestId?: string };
}

/** The response is `status` with the one error shape every route uses: {"error":{"code","message"}}. */
export function expectError(response: ApiResponse, status: number, code: string): ErrorBody {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { error: { code } } });
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = response.body as ErrorBody;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.trim()).not.toBe("");
  for (const key of Object.keys(body.error)) expect(["code", "message", "details", "requestId"]).toContain(key);
  return body;
}

/** A stored annotation as the API returns it. */
export interface AnnotationBody {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  tag: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  author?: { id: string; name: string };
}

export const ANNOTATION_KEYS = ["createdAt", "end", "exact", "id", "note", "prefix", "revision", "start", "suffix", "tag", "updatedAt"];

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
