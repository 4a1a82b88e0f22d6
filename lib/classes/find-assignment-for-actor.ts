import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { authorizeVisible, type AssignmentAccess } from "@/lib/auth/policy";
import { parseTagSet } from "@/lib/annotations/tag-schemas";
import type { TagDefinition } from "@/lib/annotations/tags";
import { readArticleVersionText } from "@/lib/articles/article-version-text";
import type { BlockKind } from "@/lib/articles/block-kinds";
import type { RevealPolicy } from "@/lib/db/generated/enums";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";

export interface AssignmentForActor {
  id: string;
  title: string;
  instructions: string | null;
  dueAt: Date | null;
  revealPolicy: RevealPolicy;
  revealedAt: Date | null;
  showClassmateNames: boolean;
  scoreOutOf: number | null;
  answerKeySubmissionId: string | null;
  className: string;
  tags: TagDefinition[];
  /** The version the assignment is on: `versionId` is the row its annotations' offsets point into. */
  article: { id: string; title: string; author: string | null; publishedAt: string | null; version: number; versionId: string; text: string; blocks: BlockKind[] | null };
  access: AssignmentAccess;
}

/**
 * Loads an assignment with its article text and the actor's place in its class.
 * An assignment the actor may not see is NotFound, as if it did not exist.
 */
async function loadAssignmentForActor(actor: Actor, assignmentId: string): Promise<AssignmentForActor> {
  if (!isUuid(assignmentId)) throw new NotFound("The assignment");
  const assignment = await getDb().assignment.findUnique({
    where: { id: assignmentId },
    include: {
      class: { include: { enrollments: { where: { userId: actor.id }, select: { role: true } } } },
      // The text comes from the version cache: it is the largest part and never changes.
      articleVersion: { select: { id: true, number: true, article: { select: { id: true, title: true, author: true, publishedAt: true } } } },
    },
  });
  if (!assignment) throw new NotFound("The assignment");
  const access: AssignmentAccess = {
    classId: assignment.classId,
    membership: assignment.class.enrollments[0]?.role ?? null,
    archived: assignment.class.archivedAt !== null,
  };
  authorizeVisible(actor, "assignment:view", access, "The assignment");
  const { articleVersion } = assignment;
  const { text, blocks } = await readArticleVersionText(articleVersion.id);
  return {
    id: assignment.id,
    title: assignment.title,
    instructions: assignment.instructions,
    dueAt: assignment.dueAt,
    revealPolicy: assignment.revealPolicy,
    revealedAt: assignment.revealedAt,
    showClassmateNames: assignment.showClassmateNames,
    scoreOutOf: assignment.scoreOutOf,
    answerKeySubmissionId: assignment.answerKeySubmissionId,
    className: assignment.class.name,
    tags: parseTagSet(assignment.tags),
    article: {
      id: articleVersion.article.id,
      title: articleVersion.article.title,
      author: articleVersion.article.author,
      publishedAt: articleVersion.article.publishedAt?.toISOString().slice(0, 10) ?? null,
      version: articleVersion.number,
      versionId: articleVersion.id,
      text,
      blocks,
    },
    access,
  };
}

/**
 * Once per page render for the same actor and assignment: the page, its tabs, its export menu
 * and its title all ask. (Outside a React render, in route handlers and actions, cache() calls through.)
 */
export const findAssignmentForActor = cache(loadAssignmentForActor);
