import "server-only";
import { parseTagSet } from "@/lib/annotations/tag-schemas";
import type { Actor } from "@/lib/auth/actor";
import { lockAssignment } from "@/lib/db/row-locks";
import { inTransaction } from "@/lib/db/transaction";
import { Conflict, NotFound, ValidationFailed } from "@/lib/errors";
import type { UpdateAssignmentInput } from "./assignment-schemas";
import { authorizeAssignmentChange } from "./authorize-assignment-change";
import { findAssignmentForActor } from "./find-assignment-for-actor";
import { getAssignment, type AssignmentDetail } from "./get-assignment";

/**
 * Changes an assignment's settings. Tags already used by a highlight cannot be removed
 * (the highlight would lose its meaning); renaming or recolouring them is fine.
 */
export async function updateAssignment(actor: Actor, assignmentId: string, input: UpdateAssignmentInput): Promise<AssignmentDetail> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorizeAssignmentChange(actor, assignment.access, "Only the class's teacher can change the assignment.");
  const policy = input.revealPolicy ?? assignment.revealPolicy;
  const dueAt = input.dueAt === undefined ? assignment.dueAt : input.dueAt;
  if (policy === "AFTER_DUE" && !dueAt) {
    throw new ValidationFailed("A due date is needed when classmates' work is revealed after it.", { field: "dueAt" });
  }
  if (input.released !== undefined && policy !== "MANUAL") {
    throw new ValidationFailed("Sharing classmates' work by hand applies only when the reveal policy is MANUAL.", { field: "released" });
  }
  await inTransaction(async (tx) => {
    // FOR UPDATE: highlights being saved hold the row FOR SHARE, so each one either lands
    // before the check below (and blocks removing its tag) or waits and sees the new tags.
    const locked = await lockAssignment(tx, assignmentId, "update");
    if (!locked) throw new NotFound("The assignment");
    const tags = parseTagSet(locked.tags);
    if (input.tags) {
      const kept = new Set(input.tags.map((tag) => tag.id));
      const removed = tags.filter((tag) => !kept.has(tag.id)).map((tag) => tag.id);
      // Highlights a student deleted after feedback count too: the teacher's review still shows them with their tag.
      const used =
        removed.length === 0
          ? []
          : await tx.annotation.findMany({ where: { tag: { in: removed }, submission: { assignmentId } }, distinct: ["tag"], select: { tag: true } });
      if (used.length > 0) {
        const labels = used.map((u) => tags.find((t) => t.id === u.tag)?.label ?? u.tag);
        throw new Conflict(`Highlights already use ${labels.join(", ")}; those tags can be renamed but not removed.`);
      }
    }
    if (input.scoreOutOf) {
      // Feedback saves hold this row FOR SHARE, so no score above the new scale lands after this check.
      const highest = await tx.submission.aggregate({ where: { assignmentId }, _max: { score: true } });
      const top = highest._max.score;
      if (top !== null && top > input.scoreOutOf) {
        throw new Conflict(`A student already has a score of ${top}, above ${input.scoreOutOf}; change that score first.`);
      }
    }
    await tx.assignment.update({
      where: { id: assignmentId },
      data: {
        ...(input.title !== undefined && { title: input.title }),
        ...(input.instructions !== undefined && { instructions: input.instructions }),
        ...(input.dueAt !== undefined && { dueAt: input.dueAt }),
        ...(input.revealPolicy !== undefined && { revealPolicy: input.revealPolicy }),
        ...(input.showClassmateNames !== undefined && { showClassmateNames: input.showClassmateNames }),
        ...(input.released !== undefined && { revealedAt: input.released ? (locked.revealedAt ?? new Date()) : null }),
        ...(input.tags !== undefined && { tags: input.tags }),
        ...(input.scoreOutOf !== undefined && { scoreOutOf: input.scoreOutOf }),
      },
    });
  });
  return getAssignment(actor, assignmentId);
}
