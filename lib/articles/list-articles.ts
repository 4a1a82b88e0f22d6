import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ArticleSummaryDto } from "./article-schemas";

/** The teacher's article library, newest first, with how many assignments use each. */
export async function listArticles(actor: Actor): Promise<ArticleSummaryDto[]> {
  const articles = await getDb().article.findMany({
    where: actor.role === "ADMIN" ? {} : { createdById: actor.id },
    include: { versions: { orderBy: { number: "desc" }, select: { number: true, _count: { select: { assignments: true } } } } },
    orderBy: { createdAt: "desc" },
  });
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    author: a.author,
    sourceUrl: a.sourceUrl,
    publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
    version: a.versions[0]?.number ?? 1,
    assignmentCount: a.versions.reduce((sum, v) => sum + v._count.assignments, 0),
  }));
}
