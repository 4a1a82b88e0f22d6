import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, type AssignmentAccess } from "@/lib/auth/policy";
import type { ArticleAssignmentDto } from "@/lib/classes/article-version-schemas";
import { getDb } from "@/lib/db/client";
import { findArticleForActor } from "./find-article-for-actor";

/**
 * The assignments set on any version of an article in the actor's library, newest first, with
 * the version each is on and whether the actor may move it to another (the article page offers
 * that for those on an older version once the text has been edited).
 */
export async function listArticleAssignments(actor: Actor, articleId: string): Promise<ArticleAssignmentDto[]> {
  const article = await findArticleForActor(actor, articleId);
  const assignments = await getDb().assignment.findMany({
    where: { articleVersion: { articleId: article.id } },
    select: {
      id: true,
      title: true,
      articleVersion: { select: { number: true } },
      class: { select: { id: true, name: true, archivedAt: true, enrollments: { where: { userId: actor.id }, select: { role: true } } } },
      submissions: { select: { _count: { select: { annotations: { where: { deletedAt: null } } } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return assignments.map((a) => {
    const access: AssignmentAccess = { classId: a.class.id, membership: a.class.enrollments[0]?.role ?? null, archived: a.class.archivedAt !== null };
    return {
      id: a.id,
      title: a.title,
      className: a.class.name,
      version: a.articleVersion.number,
      annotationCount: a.submissions.reduce((sum, s) => sum + s._count.annotations, 0),
      movable: can(actor, "assignment:move-to-version", access) && can(actor, "assignment:manage", access),
    };
  });
}
