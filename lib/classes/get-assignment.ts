import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { EnrollmentRole } from "@/lib/db/generated/enums";
import { findAssignmentForActor } from "./find-assignment-for-actor";

export interface AssignmentDetail {
  id: string;
  title: string;
  instructions: string | null;
  dueAt: string | null;
  className: string;
  tags: TagDefinition[];
  article: { id: string; title: string; version: number; text: string };
  /** The actor's role in the class (null for an admin looking in). */
  viewerRole: EnrollmentRole | null;
}

export async function getAssignment(actor: Actor, assignmentId: string): Promise<AssignmentDetail> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  return {
    id: assignment.id,
    title: assignment.title,
    instructions: assignment.instructions,
    dueAt: assignment.dueAt?.toISOString() ?? null,
    className: assignment.className,
    tags: assignment.tags,
    article: assignment.article,
    viewerRole: assignment.access.membership,
  };
}
