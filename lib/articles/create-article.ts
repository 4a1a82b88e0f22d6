import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { z } from "zod";
import type { ArticleDto, ArticleMetadata } from "./article-schemas";
import { assertArticleQuota } from "./assert-article-quota";
import { findArticleForActor } from "./find-article-for-actor";
import type { ImportedArticle } from "./imported-article";
import { checkImportedTitle } from "./imported-title";
import { toArticleDto } from "./to-article-dto";

/** Adds an imported article to the teacher's library as version 1, within the daily limit. */
export async function createArticle(actor: Actor, metadata: z.output<typeof ArticleMetadata>, imported: ImportedArticle): Promise<ArticleDto> {
  authorize(actor, "article:create", null, "Only teachers can add articles.");
  const title = metadata.title ?? checkImportedTitle(imported.title);
  const publishedOn = metadata.publishedAt ?? imported.publishedOn;
  await assertArticleQuota(actor);
  const created = await getDb().article.create({
    data: {
      title,
      // What the teacher typed wins; left blank, what the page says (a web page's byline and date).
      author: metadata.author ?? imported.author,
      sourceUrl: metadata.sourceUrl ?? null,
      publishedAt: publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : null,
      createdById: actor.id,
      versions: {
        create: { number: 1, text: imported.text, sourceFormat: imported.format, ...(imported.blocks && { blocks: imported.blocks }) },
      },
    },
  });
  return toArticleDto(await findArticleForActor(actor, created.id));
}
