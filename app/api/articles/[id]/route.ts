import { ARTICLE_BODY_LIMIT_BYTES, UpdateArticleInput } from "@/lib/articles/article-schemas";
import { findArticleForActor } from "@/lib/articles/find-article-for-actor";
import { toArticleDto } from "@/lib/articles/to-article-dto";
import { updateArticle } from "@/lib/articles/update-article";
import { withActor } from "@/lib/http/api-handler";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = withActor<{ id: string }>(async ({ actor, params }) =>
  Response.json(toArticleDto(await findArticleForActor(actor, params.id))),
);

export const PATCH = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, UpdateArticleInput, ARTICLE_BODY_LIMIT_BYTES);
  return Response.json(await updateArticle(actor, params.id, input));
});
