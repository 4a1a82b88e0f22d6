import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { Conflict, ValidationFailed } from "@/lib/errors";
import type { UpdateAssignmentInput } from "./assignment-schemas";
import { findAssignmentForActor } from "./find-assignment-for-actor";
import { getAssignment, type AssignmentDetail } from "./get-assignment";

/**
 * Changes an assignment's settings. Tags already used by a highlight cannot be removed
 * (the highlight would lose its meaning); renaming or recolouring them is fine.
 */
export async function updateAssignment(actor: Actor, assignmentId: string, input: UpdateAssignmentInput): Promise<AssignmentDetail> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can change the assignment.");
  const db = getDb();
  if (input.tags) {
    const kept = new Set(input.tags.map((tag) => tag.id));
    const removed = assignment.tags.filter((tag) => !kept.has(tag.id)).map((tag) => tag.id);
    if (removed.length > 0) {
      const used = await db.annotation.findMany({
        where: { tag: { in: removed }, submission: { assignmentId } },
        distinct: ["tag"],
        select: { tag: true },
      });
      if (used.length > 0) {
        const labels = used.map((u) => assignment.tags.find((t) => t.id === u.tag)?.label ?? u.tag);
        throw new Conflict(`Highlights already use ${labels.join(", ")}; those tags can be renamed but not removed.`);
      }
    }
  }
  const policy = input.revealPolicy ?? assignment.revealPolicy;
  const dueAt = input.dueAt === undefined ? assignment.dueAt : input.dueAt;
  if (policy === "AFTER_DUE" && !dueAt) {
    throw new ValidationFailed("A due date is needed when classmates' work is revealed after it.", { field: "dueAt" });
  }
  if (input.released !== undefined && policy !== "MANUAL") {
    throw new ValidationFailed("Sharing classmates' work by hand applies only when the reveal policy is MANUAL.", { field: "released" });
  }
  await db.assignment.update({
    where: { id: assignmentId },
    data: {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.instructions !== undefined && { instructions: input.instructions }),
      ...(input.dueAt !== undefined && { dueAt: input.dueAt }),
      ...(input.revealPolicy !== undefined && { revealPolicy: input.revealPolicy }),
      ...(input.showClassmateNames !== undefined && { showClassmateNames: input.showClassmateNames }),
      ...(input.released !== undefined && { revealedAt: input.released ? (assignment.revealedAt ?? new Date()) : null }),
      ...(input.tags !== undefined && { tags: input.tags }),
    },
  });
  return getAssignment(actor, assignmentId);
}
