import type { ArticleDto } from "./article-schemas";
import { BlockKindList } from "./block-kinds";
import type { findArticleForActor } from "./find-article-for-actor";

type LoadedArticle = Awaited<ReturnType<typeof findArticleForActor>>;

export function toArticleDto(article: LoadedArticle): ArticleDto {
  const latest = article.versions[0]!;
  return {
    id: article.id,
    title: article.title,
    author: article.author,
    sourceUrl: article.sourceUrl,
    publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
    version: latest.number,
    text: latest.text,
    blocks: latest.blocks === null ? null : BlockKindList.parse(latest.blocks),
    versions: article.versions.map((v) => ({
      number: v.number,
      createdAt: v.createdAt.toISOString(),
      format: v.sourceFormat,
      assignmentCount: v._count.assignments,
    })),
  };
}
