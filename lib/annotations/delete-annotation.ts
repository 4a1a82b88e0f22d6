import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { lockAnnotation, lockSubmission } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { Conflict } from "@/lib/errors";
import { findAnnotationForActor } from "./find-annotation-for-actor";

/**
 * Deletes an annotation; only its author may, and only while it is a draft. One the teacher
 * has given feedback on is kept for the teacher's review, marked deleted, under a new id: the
 * student's id is free again, as after any delete, and nothing they send can reach the copy.
 */
export async function deleteAnnotation(actor: Actor, annotationId: string): Promise<void> {
  const { submission, access } = await findAnnotationForActor(actor, annotationId);
  authorize(actor, "annotation:change", access, annotateRefusal(access.assignment, "delete"));
  await inTransaction(async (tx) => {
    const own = await lockSubmission(tx, { id: submission.id }, "share");
    if (own?.status !== "DRAFT") throw new Conflict("This work has been submitted, so it can no longer be changed.");
    // Locked, so a verdict being given right now is either seen here or finds the highlight gone.
    const row = await lockAnnotation(tx, annotationId, "update");
    // Already gone: a concurrent delete of the same annotation is not an error.
    if (!row || row.deletedAt) return;
    if ((await tx.annotationFeedback.count({ where: { annotationId } })) > 0) {
      // The feedback follows the new id (ON UPDATE CASCADE).
      await tx.annotation.update({ where: { id: annotationId }, data: { id: randomUUID(), deletedAt: new Date() } });
    } else {
      await tx.annotation.delete({ where: { id: annotationId } });
    }
  });
}
