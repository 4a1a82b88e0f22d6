import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeVisible } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";

/** An article in the actor's library with all its versions (newest first); anyone else's is NotFound. */
export async function findArticleForActor(actor: Actor, articleId: string) {
  if (!isUuid(articleId)) throw new NotFound("The article");
  const article = await getDb().article.findUnique({
    where: { id: articleId },
    include: { versions: { orderBy: { number: "desc" }, include: { _count: { select: { assignments: true } } } } },
  });
  if (!article) throw new NotFound("The article");
  authorizeVisible(actor, "article:manage", article, "The article");
  return article;
}
