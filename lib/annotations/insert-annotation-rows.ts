import "server-only";
import type { Annotation } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";

export type AnnotationRow = Pick<Annotation, "id" | "submissionId" | "start" | "end" | "exact" | "prefix" | "suffix" | "tag" | "note">;

/**
 * Inserts highlights in one statement and returns the rows it made; an id already stored is
 * skipped (ON CONFLICT DO NOTHING), so the caller can tell a replay from a new one. Written
 * as SQL because it is the hot path of every save: Prisma's createManyAndReturn cost 0.7 ms
 * of CPU per call here against 0.25 ms for this statement through the same client
 * (measured in one process, 1,500 calls each), a sixth of a save's whole server time.
 */
export async function insertAnnotationRows(tx: Tx, rows: AnnotationRow[]): Promise<Annotation[]> {
  const column = <K extends keyof AnnotationRow>(key: K) => rows.map((row) => row[key]);
  // unnest() turns one array per column into rows: one statement however many highlights.
  return tx.$queryRaw<Annotation[]>`
    INSERT INTO "annotations" ("id", "submission_id", "start", "end", "exact", "prefix", "suffix", "tag", "note", "updated_at")
    SELECT *, now() FROM unnest(${column("id")}::uuid[], ${column("submissionId")}::uuid[], ${column("start")}::int[], ${column("end")}::int[],
      ${column("exact")}::text[], ${column("prefix")}::text[], ${column("suffix")}::text[], ${column("tag")}::text[], ${column("note")}::text[])
    ON CONFLICT ("id") DO NOTHING
    RETURNING "id"::text, "submission_id"::text AS "submissionId", "start", "end", "exact", "prefix", "suffix", "tag", "note", "revision",
      "deleted_at" AS "deletedAt", "orphaned_at" AS "orphanedAt", "created_at" AS "createdAt", "updated_at" AS "updatedAt"`;
}
