import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { findAssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { lockAnnotation, lockAssignment, lockSubmission } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { Conflict, NotFound, ValidationFailed } from "@/lib/errors";
import { describeQuote } from "./anchoring/quote-selector";
import type { TextRange } from "./anchoring/text-range";
import { checkTextRange } from "./anchoring/text-range";
import { assertArticleVersion } from "./assert-article-version";
import { findAnnotationForActor } from "./find-annotation-for-actor";
import type { AnnotationDto } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

/**
 * The author re-attaches an orphaned highlight (one a move to a new article version could not
 * place) to text they selected in the assignment's current text, while their work is a draft.
 * It keeps its id, tag, note and feedback; its quote and context become the new text's, and
 * its revision moves on (the words it covers changed), so an earlier verdict shows as given
 * before the change.
 */
export async function placeOrphanedAnnotation(actor: Actor, annotationId: string, range: TextRange): Promise<AnnotationDto> {
  const { submission, access } = await findAnnotationForActor(actor, annotationId);
  authorize(actor, "annotation:change", access, annotateRefusal(access.assignment, "place"));
  const assignment = await findAssignmentForActor(actor, submission.assignmentId);
  const { text, versionId } = assignment.article;
  const problem = checkTextRange(text, range);
  if (problem) throw new ValidationFailed(`Invalid range: ${problem}.`, { field: "start/end" });

  const placed = await inTransaction(async (tx) => {
    // The locks of saving a highlight: a move to another version, a submit or a tag's removal wait for this, or it for them.
    const locked = await lockAssignment(tx, submission.assignmentId, "share");
    if (!locked) throw new NotFound("The assignment");
    assertArticleVersion(locked, versionId);
    const own = await lockSubmission(tx, { id: submission.id }, "share");
    if (own?.status !== "DRAFT") throw new Conflict("This work has been submitted, so it can no longer be changed.");
    const before = await lockAnnotation(tx, annotationId, "update");
    if (!before || before.deletedAt) throw new NotFound("The annotation");
    const row = await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: { orphanedAt: true } });
    if (row.orphanedAt === null) throw new Conflict("This highlight is already placed in the text.");
    return tx.annotation.update({
      where: { id: annotationId },
      data: { start: range.start, end: range.end, ...describeQuote(text, range.start, range.end), orphanedAt: null, revision: { increment: 1 } },
    });
  });
  return toAnnotationDto(placed);
}
