import "server-only";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { findArticleForActor } from "@/lib/articles/find-article-for-actor";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import type { CreateAssignmentInput } from "./assignment-schemas";
import { findClassForActor } from "./find-class-for-actor";
import { getAssignment, type AssignmentDetail } from "./get-assignment";

/**
 * A teacher sets an article from their library for a class. The assignment keeps the
 * article's current version for good: later edits make new versions it does not see.
 */
export async function createAssignment(actor: Actor, input: CreateAssignmentInput): Promise<AssignmentDetail> {
  const { access } = await findClassForActor(actor, input.classId);
  authorize(actor, "class:manage", access, "Only the class's teacher can set assignments.");
  if (access.archived) throw new Conflict("This class is archived. Bring it back before setting new work.");
  const article = await findArticleForActor(actor, input.articleId);
  const created = await getDb().assignment.create({
    data: {
      classId: input.classId,
      articleVersionId: article.versions[0]!.id,
      title: input.title,
      instructions: input.instructions ?? null,
      dueAt: input.dueAt ?? null,
      revealPolicy: input.revealPolicy,
      showClassmateNames: input.showClassmateNames,
      scoreOutOf: input.scoreOutOf ?? null,
      tags: input.tags ?? DEFAULT_TAGS,
    },
  });
  return getAssignment(actor, created.id);
}
