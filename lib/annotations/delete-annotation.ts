import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { findAnnotationForActor } from "./find-annotation-for-actor";

/** Deletes an annotation; only its author may, and only while it is a draft. */
export async function deleteAnnotation(actor: Actor, annotationId: string): Promise<void> {
  const { submission, access } = await findAnnotationForActor(actor, annotationId);
  authorize(actor, "annotation:change", access, annotateRefusal(access.assignment, "delete"));
  if (submission.status !== "DRAFT") throw new Conflict("This work has been submitted, so it can no longer be changed.");
  // deleteMany: a concurrent delete of the same annotation is not an error.
  await getDb().annotation.deleteMany({ where: { id: annotationId } });
}
