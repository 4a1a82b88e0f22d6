import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { anonymous, type ApiResponse } from "../../support/http-session";
import { snapshotAnnotationData } from "./database";

/** An account as POST /api/signup/* returns it. */
export interface AccountBody {
  id: string;
  name: string;
  email: string | null;
  username: string | null;
  role: "ADMIN" | "TEACHER" | "STUDENT";
}

export interface StudentAccountBody extends AccountBody {
  classId: string;
  className: string;
}

/** A class in GET /api/classes. */
export interface ClassSummaryBody {
  id: string;
  name: string;
  role: "TEACHER" | "STUDENT";
  archived: boolean;
  joinCode?: string;
  studentCount: number;
}

export interface RosterEntryBody {
  id: string;
  name: string;
  email: string | null;
  username: string | null;
  joinedAt: string;
  canResetPassword: boolean;
  passwordResetRefusal: string | null;
}

/** GET /api/classes/{id}: a teacher also gets the join code and the roster. */
export interface ClassDetailBody extends ClassSummaryBody {
  students?: RosterEntryBody[];
}

/** Six characters without 0/O, 1/I/L. */
export const JOIN_CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** Three groups of four, lower case, without 0/o, 1/l/i. */
export const TEMPORARY_PASSWORD_PATTERN = /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/;

/** A tag unique to one call, so that accounts made by different files never collide. */
export function uniqueTag(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}`;
}

/** An email address nobody else in the database has. */
export function uniqueEmail(first: string, label: string): string {
  return `${first}.${uniqueTag(label)}@northfield-high.test`.toLowerCase();
}

/** A username nobody else has (3 to 32 characters: letters, digits, dots, dashes, underscores). */
export function uniqueUsername(first: string): string {
  return `${first}_${randomBytes(4).toString("hex")}`.toLowerCase();
}

/** A password good enough for the sign-up rules, different every call. */
export function newPassword(): string {
  return `harbour-lights-${randomBytes(5).toString("hex")}`;
}

export function signUpTeacher(body: unknown): Promise<ApiResponse<AccountBody>> {
  return anonymous().post<AccountBody>("/api/signup/teacher", body);
}

export function signUpStudent(body: unknown): Promise<ApiResponse<StudentAccountBody>> {
  return anonymous().post<StudentAccountBody>("/api/signup/student", body);
}

/** The class's join code as stored. */
export async function joinCodeOf(db: PrismaClient, classId: string): Promise<string> {
  return (await db.class.findUniqueOrThrow({ where: { id: classId }, select: { joinCode: true } })).joinCode;
}

/** How `code` looks when a student types it: lower case, a dash and a space in it, white space around. */
export function asTyped(code: string): string {
  const lower = code.toLowerCase();
  return `  ${lower.slice(0, 2)}-${lower.slice(2, 4)} ${lower.slice(4)} `;
}

/**
 * Every row a request about accounts or classes could change: users (with their password
 * hashes and reset flags), classes (names, codes, archiving), enrolments, articles and
 * their versions, and the annotation data. Files run one after another and only this file
 * talks to the app, so whole tables can be compared.
 */
export async function snapshotAccountData(db: PrismaClient) {
  const [users, classes, enrollments, articles, articleVersions, annotationData] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.findMany({ orderBy: { id: "asc" } }),
    db.article.findMany({ orderBy: { id: "asc" } }),
    db.articleVersion.findMany({ orderBy: { id: "asc" } }),
    snapshotAnnotationData(db),
  ]);
  return { userCount: users.length, enrollmentCount: enrollments.length, classCount: classes.length, users, classes, enrollments, articles, articleVersions, annotationData };
}

/** Runs `action` (a request that must be refused) and checks that no account, class, enrolment, article or annotation row changed. */
export async function expectNoAccountChange<T>(db: PrismaClient, action: () => Promise<T>): Promise<T> {
  const before = await snapshotAccountData(db);
  const result = await action();
  const after = await snapshotAccountData(db);
  expect(after.userCount, "user rows").toBe(before.userCount);
  expect(after.enrollmentCount, "enrollment rows").toBe(before.enrollmentCount);
  expect(after.classCount, "class rows").toBe(before.classCount);
  expect(after).toEqual(before);
  return result;
}
