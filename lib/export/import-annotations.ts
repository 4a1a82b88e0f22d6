import "server-only";
import { randomUUID } from "node:crypto";
import { describeQuote } from "@/lib/annotations/anchoring/quote-selector";
import { assertArticleVersion } from "@/lib/annotations/assert-article-version";
import { assertKnownTag } from "@/lib/annotations/assert-known-tag";
import { ensureDraftSubmission } from "@/lib/annotations/ensure-draft-submission";
import { parseTagSet } from "@/lib/annotations/tag-schemas";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize } from "@/lib/auth/policy";
import { authorizeAssignmentChange } from "@/lib/classes/authorize-assignment-change";
import { findAssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { lockAssignment } from "@/lib/db/row-locks";
import { inTransaction, type Tx } from "@/lib/db/transaction";
import { NotFound, ValidationFailed } from "@/lib/errors";
import type { ImportAs, ImportReportDto } from "./import-schemas";
import { clearOwnAnnotations } from "./clear-own-annotations";
import { planImport, type PlannedAnnotation } from "./plan-import";
import { annotationsOf, type W3cImportDocument } from "./w3c-import-document";

/**
 * Brings a W3C Web Annotation file into an assignment as the actor's own highlights, replacing
 * the ones they had: `as: "mine"` for a student's work made elsewhere (only while it is a draft,
 * under the same rules as saving one highlight), `as: "key"` for the teacher, whose imported
 * highlights then become the answer key. All or nothing: if any annotation cannot be placed on
 * the article or has no tag of the assignment, the answer is 422 listing each one and nothing
 * is written; otherwise everything is written in one transaction.
 */
export async function importAnnotations(actor: Actor, assignmentId: string, as: ImportAs, document: W3cImportDocument): Promise<ImportReportDto> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:annotate", assignment.access, assignment.access.archived ? annotateRefusal(assignment.access, "annotate") : "Only members of this class can annotate it.");
  if (as === "key") authorizeAssignmentChange(actor, assignment.access, "Only the class's teacher can import the answer key.");

  const { text } = assignment.article;
  const { planned, problems } = planImport(text, assignment.tags, annotationsOf(document));
  if (problems.length > 0) {
    const total = problems.length + planned.length;
    throw new ValidationFailed(`${problems.length} of ${total} annotations cannot be imported, so nothing was. First: ${problems[0]!.id}: ${problems[0]!.problem}.`, { problems });
  }

  return inTransaction(async (tx) => {
    // The key's import changes the assignment row itself; mine only needs its tags to hold still.
    const locked = await lockAssignment(tx, assignmentId, as === "key" ? "update" : "share");
    if (!locked) throw new NotFound("The assignment");
    assertArticleVersion(locked, assignment.article.versionId);
    const tags = parseTagSet(locked.tags);
    for (const annotation of planned) assertKnownTag(tags, annotation.tag);
    // FOR UPDATE: a second import (or a save) of the same person's work waits for this one.
    const submission = await ensureDraftSubmission(tx, assignmentId, actor.id, "update");
    const replaced = await clearOwnAnnotations(tx, submission.id);

    const ids = await chooseIds(tx, planned);
    const rowAt = (i: number) => {
      const annotation = planned[i]!;
      const { start, end, tag, note } = annotation;
      return { id: ids[i]!, submissionId: submission.id, start, end, tag, note, ...describeQuote(text, start, end) };
    };
    const written = await tx.annotation.createManyAndReturn({ data: planned.map((_, i) => rowAt(i)), skipDuplicates: true, select: { id: true } });
    // An id taken between the check and the insert (the same file imported elsewhere at this moment) gets a new one.
    const writtenIds = new Set(written.map((row) => row.id));
    const missed = ids.flatMap((id, i) => (writtenIds.has(id) ? [] : [i]));
    for (const i of missed) ids[i] = randomUUID();
    if (missed.length > 0) await tx.annotation.createMany({ data: missed.map(rowAt) });
    if (as === "key") await tx.assignment.update({ where: { id: assignmentId }, data: { answerKeySubmissionId: submission.id } });

    return {
      as,
      created: planned.length,
      replaced,
      answerKey: as === "key" || assignment.answerKeySubmissionId === submission.id,
      annotations: planned.map((annotation, i) => ({
        id: ids[i]!,
        sourceId: annotation.sourceId,
        start: annotation.start,
        end: annotation.end,
        tag: annotation.tag,
        placedBy: annotation.by,
      })),
    };
  });
}

/** The file's UUID where no highlight uses it (the ones just cleared are free again) and it comes once; a new one otherwise. */
async function chooseIds(tx: Tx, planned: PlannedAnnotation[]): Promise<string[]> {
  const wanted = planned.map((annotation) => annotation.wantedId).filter((id): id is string => id !== null);
  const taken = new Set((await tx.annotation.findMany({ where: { id: { in: wanted } }, select: { id: true } })).map((row) => row.id));
  return planned.map((annotation) => {
    const id = annotation.wantedId;
    if (id === null || taken.has(id)) return randomUUID();
    taken.add(id);
    return id;
  });
}
