import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/transaction";

/**
 * Removes every live highlight of a submission (locked by the caller), as deleting each one
 * would (lib/annotations/delete-annotation.ts): one with the teacher's feedback is kept for the
 * teacher's review, marked deleted under a new id; the rest are deleted. Either way their ids
 * are free again. Answers how many there were.
 */
export async function clearOwnAnnotations(tx: Tx, submissionId: string): Promise<number> {
  // Locked, so a verdict given at this moment is either seen here or finds the highlight gone.
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "annotations" WHERE "submission_id" = ${submissionId}::uuid AND "deleted_at" IS NULL ORDER BY "id" FOR UPDATE`;
  if (rows.length === 0) return 0;
  const ids = rows.map((row) => row.id);
  const judged = await tx.annotationFeedback.findMany({ where: { annotationId: { in: ids } }, select: { annotationId: true } });
  const deletedAt = new Date();
  // The feedback follows the new id (ON UPDATE CASCADE).
  for (const { annotationId } of judged) await tx.annotation.update({ where: { id: annotationId }, data: { id: randomUUID(), deletedAt } });
  const kept = new Set(judged.map((row) => row.annotationId));
  await tx.annotation.deleteMany({ where: { id: { in: ids.filter((id) => !kept.has(id)) } } });
  return ids.length;
}
