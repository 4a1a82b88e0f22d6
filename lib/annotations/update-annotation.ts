import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { assertKnownTag } from "./assert-known-tag";
import { findAnnotationForActor } from "./find-annotation-for-actor";
import type { AnnotationDto, UpdateAnnotationInput } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

/** Changes an annotation's tag or note; only its author may, and only while it is a draft. */
export async function updateAnnotation(actor: Actor, annotationId: string, input: UpdateAnnotationInput): Promise<AnnotationDto> {
  const { submission, access, tags } = await findAnnotationForActor(actor, annotationId);
  authorize(actor, "annotation:change", access, annotateRefusal(access.assignment, "change"));
  if (input.tag !== undefined) assertKnownTag(tags, input.tag);
  if (submission.status !== "DRAFT") throw new Conflict("This work has been submitted, so it can no longer be changed.");
  const annotation = await getDb().annotation.update({
    where: { id: annotationId },
    data: { ...(input.tag !== undefined && { tag: input.tag }), ...(input.note !== undefined && { note: input.note }) },
  });
  return toAnnotationDto(annotation);
}
