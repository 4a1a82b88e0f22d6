import "server-only";
import { Prisma } from "./generated/client";
import type { SubmissionStatus } from "./generated/enums";
import type { Tx } from "./transaction";

/**
 * Row locks held until the transaction ends, so that a rule checked inside it still holds
 * when it commits. "share" is for the many writes that may run side by side (saving,
 * changing or deleting highlights); "update" for the one that must see none of them in
 * flight (submitting, returning, removing a tag). PostgreSQL makes each wait for the other.
 * Lock in this order, never the reverse: assignment, submission, annotation.
 */
export type LockMode = "share" | "update";

const CLAUSE: Record<LockMode, Prisma.Sql> = { share: Prisma.sql`FOR SHARE`, update: Prisma.sql`FOR UPDATE` };

export interface LockedAssignment {
  tags: unknown;
  revealedAt: Date | null;
  scoreOutOf: number | null;
  /** The article version whose text annotation offsets point into: a move to another version changes it. */
  articleVersionId: string;
}

/** The assignment row, locked, with what the rules about it need; null when it is gone. */
export async function lockAssignment(tx: Tx, id: string, mode: LockMode): Promise<LockedAssignment | null> {
  const rows = await tx.$queryRaw<LockedAssignment[]>`
    SELECT "tags", "revealed_at" AS "revealedAt", "score_out_of" AS "scoreOutOf", "article_version_id"::text AS "articleVersionId" FROM "assignments" WHERE "id" = ${id}::uuid ${CLAUSE[mode]}`;
  return rows[0] ?? null;
}

export interface LockedSubmission {
  id: string;
  status: SubmissionStatus;
  returnedAt: Date | null;
  feedbackComment: string | null;
}

/** A student's submission row, locked (by its id, or by assignment and student); null when there is none. */
export async function lockSubmission(
  tx: Tx,
  key: { id: string } | { assignmentId: string; userId: string },
  mode: LockMode,
): Promise<LockedSubmission | null> {
  const where =
    "id" in key
      ? Prisma.sql`"id" = ${key.id}::uuid`
      : Prisma.sql`"assignment_id" = ${key.assignmentId}::uuid AND "user_id" = ${key.userId}::uuid`;
  const rows = await tx.$queryRaw<LockedSubmission[]>`
    SELECT "id", "status"::text AS "status", "returned_at" AS "returnedAt", "feedback_comment" AS "feedbackComment" FROM "submissions" WHERE ${where} ${CLAUSE[mode]}`;
  return rows[0] ?? null;
}

export interface LockedAnnotation {
  id: string;
  tag: string;
  note: string | null;
  revision: number;
  deletedAt: Date | null;
}

/** One annotation row, locked; null when it is gone. */
export async function lockAnnotation(tx: Tx, id: string, mode: LockMode): Promise<LockedAnnotation | null> {
  const rows = await tx.$queryRaw<LockedAnnotation[]>`
    SELECT "id", "tag", "note", "revision", "deleted_at" AS "deletedAt" FROM "annotations" WHERE "id" = ${id}::uuid ${CLAUSE[mode]}`;
  return rows[0] ?? null;
}
