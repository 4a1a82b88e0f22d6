import { expect } from "vitest";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { testEnv } from "./test-env";

/** A Prisma client on the database the app under test uses. Disconnect it in afterAll. */
export function openTestDatabase(): PrismaClient {
  return createPrismaClient(testEnv("DATABASE_URL"), 2);
}

/**
 * Everything a request about annotations could change, row by row. Files run one after
 * another and only this file talks to the app, so the whole tables can be compared.
 */
export async function snapshotAnnotationData(db: PrismaClient) {
  const [annotations, submissions] = await Promise.all([
    db.annotation.findMany({ orderBy: { id: "asc" } }),
    db.submission.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { annotationCount: annotations.length, submissionCount: submissions.length, annotations, submissions };
}

/** Runs `action` (a request that must be refused) and checks that no annotation or submission row changed. */
export async function expectNothingChanged<T>(db: PrismaClient, action: () => Promise<T>): Promise<T> {
  const before = await snapshotAnnotationData(db);
  const result = await action();
  const after = await snapshotAnnotationData(db);
  expect(after.annotationCount, "annotation rows").toBe(before.annotationCount);
  expect(after.submissionCount, "submission rows").toBe(before.submissionCount);
  expect(after).toEqual(before);
  return result;
}

/** How many annotations a student has stored on an assignment. */
export function countAnnotations(db: PrismaClient, assignmentId: string, userId: string): Promise<number> {
  return db.annotation.count({ where: { submission: { assignmentId, userId } } });
}
