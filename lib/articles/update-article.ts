import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { Conflict } from "@/lib/errors";
import type { ArticleDto, UpdateArticleInput } from "./article-schemas";
import { findArticleForActor } from "./find-article-for-actor";
import { importPlainText } from "./import-plain-text";
import { toArticleDto } from "./to-article-dto";

/**
 * Changes an article's details; new text becomes a new version, so assignments made
 * on an earlier version keep exactly the text their annotations point into.
 */
export async function updateArticle(actor: Actor, articleId: string, input: UpdateArticleInput): Promise<ArticleDto> {
  const article = await findArticleForActor(actor, articleId);
  const latest = article.versions[0]!;
  const edited = input.text === undefined ? null : importPlainText(input.text);
  await guardConcurrentEdit(() => getDb().article.update({
    where: { id: article.id },
    data: {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.author !== undefined && { author: input.author }),
      ...(input.sourceUrl !== undefined && { sourceUrl: input.sourceUrl }),
      ...(input.publishedAt !== undefined && { publishedAt: input.publishedAt ? new Date(`${input.publishedAt}T00:00:00Z`) : null }),
      ...(edited &&
        edited.text !== latest.text && {
          versions: { create: { number: latest.number + 1, text: edited.text, sourceFormat: "TEXT" } },
        }),
    },
  }));
  return toArticleDto(await findArticleForActor(actor, article.id));
}

/** Two edits saved at once would both make version n+1; the second is told to reload. */
async function guardConcurrentEdit<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("The article was changed at the same moment elsewhere. Reload it and try again.");
    throw error;
  }
}
