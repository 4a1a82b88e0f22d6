import { ARTICLE_BODY_LIMIT_BYTES, ArticleMetadata, CreateArticleInput } from "@/lib/articles/article-schemas";
import { createArticle } from "@/lib/articles/create-article";
import { MAX_UPLOAD_BYTES } from "@/lib/articles/detect-upload";
import { importPastedSource, importUploadedFile } from "@/lib/articles/import-article-source";
import { listArticles } from "@/lib/articles/list-articles";
import { authorize } from "@/lib/auth/policy";
import { BadRequest, PayloadTooLarge } from "@/lib/errors";
import { withActor } from "@/lib/http/api-handler";
import { formFields, parseForm } from "@/lib/http/form-action";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readMultipart } from "@/lib/http/read-multipart";

export const GET = withActor(async ({ actor }) => Response.json(await listArticles(actor)));

/** JSON `{title, text | html, ...}` for pasted articles, or multipart with a `file` for uploads. */
export const POST = withActor(async ({ actor, request }) => {
  // Checked before reading a large upload, so a student's request is refused cheaply.
  authorize(actor, "article:create", null, "Only teachers can add articles.");
  // Media types are case-insensitive (RFC 9110).
  const isUpload = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  if (!isUpload) {
    const { text, html, ...metadata } = await readJsonBody(request, CreateArticleInput, ARTICLE_BODY_LIMIT_BYTES);
    const article = await createArticle(actor, metadata, importPastedSource({ text, html }));
    return Response.json(article, { status: 201 });
  }
  // 64 KB over the file limit leaves room for the form's other fields and boundaries.
  const form = await readMultipart(request, MAX_UPLOAD_BYTES + 64 * 1024);
  const file = form.get("file");
  if (!(file instanceof File)) throw new BadRequest("Attach the article as a form field named \"file\".", "missing_file");
  if (file.size > MAX_UPLOAD_BYTES) throw new PayloadTooLarge(MAX_UPLOAD_BYTES);
  const fields = formFields(form);
  const metadata = parseForm(ArticleMetadata, {
    ...(fields.title && { title: fields.title }),
    author: fields.author ?? null,
    sourceUrl: fields.sourceUrl ?? null,
    publishedAt: fields.publishedAt ?? null,
  });
  const imported = await importUploadedFile(file.name, new Uint8Array(await file.arrayBuffer()));
  return Response.json(await createArticle(actor, metadata, imported), { status: 201 });
});
