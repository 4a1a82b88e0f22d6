import "server-only";
import type { Annotation } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { oldestLiveSession } from "@/lib/auth/session-records";
import type { Caller } from "@/lib/auth/caller";
import { Prisma } from "@/lib/db/generated/client";
import { MAX_ANNOTATIONS_PER_SUBMISSION } from "@/lib/limits";
import type { AnnotatingContext } from "./annotating-context";
import type { AnnotationRow } from "./insert-annotation-rows";

interface GuardedInsertRow {
  factsHeld: boolean;
  inserted: (Omit<Annotation, "createdAt" | "updatedAt" | "deletedAt" | "orphanedAt"> & Record<"createdAt" | "updatedAt" | "deletedAt" | "orphanedAt", string | null>)[];
}

/**
 * Inserts highlights in one statement, only if every fact the save was decided on (read
 * unlocked, see peekAnnotatingContext) still holds as it commits: the assignment on the same
 * article version with the same tags, the class not archived, the student still in it in the
 * same role, their session alive, their submission the same draft with room. The assignment
 * and submission rows are taken FOR SHARE in that order, as the transactional save does, so a
 * submit or a tag removal waits for this statement or is seen by it. Nothing is written when
 * a fact has changed (`factsHeld` false): the caller then saves the careful way, which tells
 * why. Ids already stored are skipped, as replays. As in that transaction, facts on rows it does
 * not lock (the class, the enrollment, the session) are as of the statement's start: a change to
 * them that commits while it waits lets it land as if it had come first.
 */
export async function insertIfFactsHold(caller: Caller, context: AnnotatingContext, rows: AnnotationRow[]): Promise<{ factsHeld: boolean; inserted: Annotation[] }> {
  const { actor, assignmentId, articleVersionId, storedTags, access, submission } = context;
  const column = <K extends keyof AnnotationRow>(key: K) => rows.map((row) => row[key]);
  // The actor may come from facts kept since an earlier save: the session must live, and the
  // user still be who the gate let in (same role, no new password to choose).
  const sessionLives =
    "session" in caller
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "user_sessions" us JOIN "users" u ON u."id" = us."user_id"
          WHERE us."id" = ${caller.session.sessionId}::uuid AND us."user_id" = ${actor.id}::uuid AND us."created_at" >= ${oldestLiveSession()}
            AND u."role"::text = ${actor.role} AND NOT u."must_change_password")`
      : Prisma.empty;
  const [result] = await getDb().$queryRaw<GuardedInsertRow[]>`
    WITH a AS MATERIALIZED (
      SELECT a."id" FROM "assignments" a JOIN "classes" c ON c."id" = a."class_id"
      WHERE a."id" = ${assignmentId}::uuid AND a."article_version_id" = ${articleVersionId}::uuid AND a."tags" = ${JSON.stringify(storedTags)}::jsonb
        AND c."archived_at" IS NULL
        AND EXISTS (SELECT 1 FROM "enrollments" e WHERE e."class_id" = a."class_id" AND e."user_id" = ${actor.id}::uuid AND e."role"::text = ${access.membership})
        ${sessionLives}
      FOR SHARE OF a
    ), s AS MATERIALIZED (
      SELECT s."id" FROM "submissions" s WHERE s."id" = ${submission!.id}::uuid AND s."status" = 'DRAFT' AND EXISTS (SELECT 1 FROM a) FOR SHARE
    ), room AS (
      SELECT 1 FROM s WHERE (SELECT count(*) FROM "annotations" x WHERE x."submission_id" = s."id" AND x."deleted_at" IS NULL) + ${rows.length} <= ${MAX_ANNOTATIONS_PER_SUBMISSION}
    ), ins AS (
      INSERT INTO "annotations" ("id", "submission_id", "start", "end", "exact", "prefix", "suffix", "tag", "note", "updated_at")
      SELECT *, now() FROM unnest(${column("id")}::uuid[], ${column("submissionId")}::uuid[], ${column("start")}::int[], ${column("end")}::int[],
        ${column("exact")}::text[], ${column("prefix")}::text[], ${column("suffix")}::text[], ${column("tag")}::text[], ${column("note")}::text[])
      WHERE EXISTS (SELECT 1 FROM room)
      ON CONFLICT ("id") DO NOTHING
      RETURNING "id", "submission_id" AS "submissionId", "start", "end", "exact", "prefix", "suffix", "tag", "note", "revision",
        "deleted_at" AS "deletedAt", "orphaned_at" AS "orphanedAt", "created_at" AS "createdAt", "updated_at" AS "updatedAt"
    )
    SELECT EXISTS (SELECT 1 FROM room) AS "factsHeld", coalesce((SELECT json_agg(ins) FROM ins), '[]'::json) AS "inserted"`;
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return {
    factsHeld: result!.factsHeld,
    inserted: result!.inserted.map((row) => ({ ...row, createdAt: new Date(row.createdAt!), updatedAt: new Date(row.updatedAt!), deletedAt: date(row.deletedAt), orphanedAt: date(row.orphanedAt) })),
  };
}
