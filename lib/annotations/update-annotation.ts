import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { lockAnnotation, lockAssignment, lockSubmission } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { NotFound, WorkSubmitted } from "@/lib/errors";
import { changedElsewhere } from "./changed-elsewhere";
import { assertKnownTag } from "./assert-known-tag";
import { findAnnotationForActor } from "./find-annotation-for-actor";
import type { AnnotationDto, UpdateAnnotationInput } from "./schemas";
import { parseTagSet } from "./tag-schemas";
import { toAnnotationDto } from "./to-annotation-dto";

/**
 * Changes an annotation's tag or note; only its author may, and only while it is a draft.
 * A change that changes something moves its revision on, so a verdict given before it shows
 * the teacher that it was edited after their feedback. A change that names the revision it was
 * made on is refused (409 with the stored record) when another tab or device changed it since.
 */
export async function updateAnnotation(actor: Actor, annotationId: string, input: UpdateAnnotationInput): Promise<AnnotationDto> {
  const { submission, access } = await findAnnotationForActor(actor, annotationId);
  authorize(actor, "annotation:change", access, annotateRefusal(access.assignment, "change"));
  const annotation = await inTransaction(async (tx) => {
    // The same locks as saving a new highlight: a tag being removed or the work being handed in wait for this.
    const assignment = await lockAssignment(tx, submission.assignmentId, "share");
    if (input.tag !== undefined) assertKnownTag(parseTagSet(assignment?.tags ?? []), input.tag);
    const own = await lockSubmission(tx, { id: submission.id }, "share");
    if (own?.status !== "DRAFT") throw new WorkSubmitted();
    const before = await lockAnnotation(tx, annotationId, "update");
    if (!before || before.deletedAt) throw new NotFound("The annotation");
    const tag = input.tag ?? before.tag;
    const note = input.note === undefined ? before.note : input.note;
    const changed = tag !== before.tag || note !== before.note;
    // Already as asked is a replay (its first reply was lost), not a conflict, whatever the revision.
    if (changed && input.baseRevision !== undefined && input.baseRevision !== before.revision) {
      throw await changedElsewhere(tx, annotationId);
    }
    return tx.annotation.update({ where: { id: annotationId }, data: { tag, note, ...(changed && { revision: { increment: 1 } }) } });
  });
  return toAnnotationDto(annotation);
}
