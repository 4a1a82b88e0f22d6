import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { lockAnnotation, lockSubmission } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { WorkSubmitted } from "@/lib/errors";
import { changedElsewhere } from "./changed-elsewhere";
import { findAnnotationForActor } from "./find-annotation-for-actor";

/**
 * Deletes an annotation; only its author may, and only while it is a draft. One the teacher
 * has given feedback on is kept for the teacher's review, marked deleted, under a new id: the
 * student's id is free again, as after any delete, and nothing they send can reach the copy.
 * Given the revision the student saw, a highlight changed elsewhere since is not deleted (409).
 */
export async function deleteAnnotation(actor: Actor, annotationId: string, options: { baseRevision?: number } = {}): Promise<void> {
  const { submission, access } = await findAnnotationForActor(actor, annotationId);
  authorize(actor, "annotation:change", access, annotateRefusal(access.assignment, "delete"));
  await inTransaction(async (tx) => {
    const own = await lockSubmission(tx, { id: submission.id }, "share");
    if (own?.status !== "DRAFT") throw new WorkSubmitted();
    // Locked, so a verdict being given right now is either seen here or finds the highlight gone.
    const row = await lockAnnotation(tx, annotationId, "update");
    // Already gone: a concurrent delete of the same annotation is not an error.
    if (!row || row.deletedAt) return;
    // Deleting what was changed elsewhere since would throw that change away unseen.
    if (options.baseRevision !== undefined && options.baseRevision !== row.revision) {
      throw await changedElsewhere(tx, annotationId);
    }
    if ((await tx.annotationFeedback.count({ where: { annotationId } })) > 0) {
      // The feedback follows the new id (ON UPDATE CASCADE).
      await tx.annotation.update({ where: { id: annotationId }, data: { id: randomUUID(), deletedAt: new Date() } });
    } else {
      await tx.annotation.delete({ where: { id: annotationId } });
    }
  });
}
