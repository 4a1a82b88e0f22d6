import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ApiResponse, HttpSession } from "../../support/http-session";

/** An article as POST/GET/PATCH /api/articles… return it. */
export interface ArticleBody {
  id: string;
  title: string;
  author: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  version: number;
  text: string;
  blocks: unknown[] | null;
  versions: { number: number; createdAt: string; format: "TEXT" | "HTML" | "DOCX"; assignmentCount: number }[];
}

export const ARTICLE_KEYS = ["author", "blocks", "id", "publishedAt", "sourceUrl", "text", "title", "version", "versions"];

/** An entry of GET /api/articles. */
export interface ArticleSummaryBody {
  id: string;
  title: string;
  author: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  version: number;
  assignmentCount: number;
}

/** The AssignmentDto: what POST, GET and PATCH /api/assignments… return. */
export interface AssignmentBody {
  id: string;
  title: string;
  instructions: string | null;
  dueAt: string | null;
  classId: string;
  className: string;
  revealPolicy: "ALWAYS" | "AFTER_SUBMIT" | "AFTER_DUE" | "MANUAL";
  released: boolean;
  showClassmateNames: boolean;
  tags: TagDefinition[];
  scoreOutOf: number | null;
  article: { id: string; title: string; author: string | null; publishedAt: string | null; version: number; text: string; blocks: unknown[] | null };
}

export const ASSIGNMENT_KEYS = [
  "article", "classId", "className", "dueAt", "id", "instructions", "released", "revealPolicy", "scoreOutOf", "showClassmateNames", "tags", "title",
];

/** The SubmissionDto: GET /api/assignments/{id}/submission, submit and unsubmit. */
export interface SubmissionBody {
  status: "DRAFT" | "SUBMITTED";
  submittedAt: string | null;
  late: boolean;
  locked: boolean;
  returnedAt: string | null;
  canUnsubmit: boolean;
  counts: Record<string, number>;
  missingNotes: { annotationId: string; tag: string; exact: string }[];
  feedback: { comment: string | null; score: number | null; scoreOutOf: number | null } | null;
  classmatesVisible: boolean;
  /** AFTER_SUBMIT: when the student first saw classmates' highlights (they can no longer take the work back). */
  classmatesSeenAt: string | null;
}

export const SUBMISSION_KEYS = ["canUnsubmit", "classmatesSeenAt", "classmatesVisible", "counts", "feedback", "late", "locked", "missingNotes", "returnedAt", "status", "submittedAt"];

/** The teacher's view of one student's submission. */
export interface StudentSubmissionBody extends SubmissionBody {
  student: { id: string; name: string };
}

/** A row of GET /api/assignments/{id}/progress. */
export interface ProgressRowBody {
  student: { id: string; name: string };
  locked: boolean;
  state: "not_started" | "in_progress" | "submitted" | "returned";
  annotationCount?: number;
  submittedAt?: string | null;
  late?: boolean;
  returnedAt?: string;
}

export interface AnnotationFeedbackBody {
  verdict: "AGREE" | "PARTLY" | "DISAGREE";
  comment: string | null;
  updatedAt: string;
}

/**
 * Every row a request about articles, assignments, submissions or feedback could change.
 * Files run one after another and only this file talks to the app, so whole tables can
 * be compared.
 */
export async function snapshotClassroomData(db: PrismaClient) {
  const byId = { orderBy: { id: "asc" as const } };
  const [users, classes, enrollments, articles, articleVersions, assignments, submissions, annotations, feedback] = await Promise.all([
    db.user.findMany(byId),
    db.class.findMany(byId),
    db.enrollment.findMany(byId),
    db.article.findMany(byId),
    db.articleVersion.findMany(byId),
    db.assignment.findMany(byId),
    db.submission.findMany(byId),
    db.annotation.findMany(byId),
    db.annotationFeedback.findMany(byId),
  ]);
  return { users, classes, enrollments, articles, articleVersions, assignments, submissions, annotations, feedback };
}

/** Runs `action` (a request that must be refused) and checks that not one row of any table changed. */
export async function expectNoClassroomChange<T>(db: PrismaClient, action: () => Promise<T>): Promise<T> {
  const before = await snapshotClassroomData(db);
  const result = await action();
  const after = await snapshotClassroomData(db);
  for (const table of Object.keys(before) as (keyof typeof before)[]) {
    expect(after[table].length, `${table} rows`).toBe(before[table].length);
  }
  expect(after).toEqual(before);
  return result;
}

/** A file from e2e/fixtures, as bytes. */
export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(`../../../e2e/fixtures/${name}`, import.meta.url)));
}

/** A multipart/form-data body exactly as a browser would send `form`: its bytes and its content type (with the boundary). */
export async function encodeForm(form: FormData): Promise<{ raw: Uint8Array<ArrayBuffer>; contentType: string }> {
  const request = new Request("http://form.invalid/", { method: "POST", body: form });
  return { raw: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get("content-type") ?? "" };
}

/** A form with `file` (unless it is null) and the given text fields. */
export function articleForm(file: { name: string; bytes: Uint8Array<ArrayBuffer>; type?: string } | null, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  if (file) form.append("file", new Blob([file.bytes], { type: file.type ?? "application/octet-stream" }), file.name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

/** Uploads an article as the import page does: POST /api/articles with multipart/form-data. */
export async function uploadArticle(session: HttpSession, form: FormData): Promise<ApiResponse<ArticleBody>> {
  const { raw, contentType } = await encodeForm(form);
  return session.post<ArticleBody>("/api/articles", undefined, { raw, headers: { "content-type": contentType } });
}

/** Sends `json` with PUT (HttpSession has no put helper). */
export function put<T = unknown>(session: HttpSession, path: string, json: unknown): Promise<ApiResponse<T>> {
  return session.request<T>("PUT", path, { json });
}

/** An ISO time `days` from now (negative: in the past). */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}
