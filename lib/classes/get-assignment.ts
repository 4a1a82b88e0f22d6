import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { BlockKind } from "@/lib/articles/block-kinds";
import type { EnrollmentRole, RevealPolicy } from "@/lib/db/generated/enums";
import { findAssignmentForActor } from "./find-assignment-for-actor";

export interface AssignmentDetail {
  id: string;
  title: string;
  instructions: string | null;
  dueAt: string | null;
  classId: string;
  className: string;
  archived: boolean;
  revealPolicy: RevealPolicy;
  /** MANUAL reveal: whether the teacher has shared classmates' work. */
  released: boolean;
  showClassmateNames: boolean;
  /** What scores are out of; null when the teacher set no scale. */
  scoreOutOf: number | null;
  tags: TagDefinition[];
  article: { id: string; title: string; author: string | null; publishedAt: string | null; version: number; versionId: string; text: string; blocks: BlockKind[] | null };
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
    classId: assignment.access.classId,
    className: assignment.className,
    archived: assignment.access.archived,
    revealPolicy: assignment.revealPolicy,
    released: assignment.revealedAt !== null,
    showClassmateNames: assignment.showClassmateNames,
    scoreOutOf: assignment.scoreOutOf,
    tags: assignment.tags,
    article: assignment.article,
    viewerRole: assignment.access.membership,
  };
}
