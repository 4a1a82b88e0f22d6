import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

/** Pasted article text or HTML may be long; other JSON bodies stay small. */
export const ARTICLE_BODY_LIMIT_BYTES = 1024 * 1024;

const Title = plainText(300).pipe(z.string().trim().min(1, "must not be empty"));
const OptionalLine = plainText(300)
  .pipe(z.string().trim())
  .transform((value) => (value === "" ? null : value));
const SourceUrl = z
  .string()
  .trim()
  .max(2000)
  .transform((value) => (value === "" ? null : value))
  .refine((value) => value === null || /^https?:\/\/[^\s<>"]+$/i.test(value), "must be an http:// or https:// address")
  .nullable();
const PublishedOn = z
  .union([z.iso.date("must be a date like 2026-11-25"), z.literal("")])
  .transform((value) => (value === "" ? null : value))
  .nullable();

export const ArticleMetadata = z.object({
  title: Title.optional(),
  author: OptionalLine.nullable().optional(),
  sourceUrl: SourceUrl.optional(),
  publishedAt: PublishedOn.optional(),
});

export const CreateArticleInput = ArticleMetadata.extend({
  text: z.string().max(ARTICLE_BODY_LIMIT_BYTES).optional(),
  html: z.string().max(ARTICLE_BODY_LIMIT_BYTES).optional(),
})
  .strict()
  .refine((input) => (input.text === undefined) !== (input.html === undefined), "give either text or html");
export type CreateArticleInput = z.infer<typeof CreateArticleInput>;

export const UpdateArticleInput = ArticleMetadata.extend({ text: z.string().max(ARTICLE_BODY_LIMIT_BYTES).optional() })
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), "give something to change");
export type UpdateArticleInput = z.infer<typeof UpdateArticleInput>;

export const ArticleVersionSummaryDto = z.object({ number: z.number().int(), createdAt: z.string(), format: z.enum(["TEXT", "HTML", "DOCX"]), assignmentCount: z.number().int() });

export const ArticleDto = z.object({
  id: z.uuid(),
  title: z.string(),
  author: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  text: z.string(),
  versions: z.array(ArticleVersionSummaryDto),
});
export type ArticleDto = z.infer<typeof ArticleDto>;

export const ArticleSummaryDto = ArticleDto.omit({ text: true, versions: true }).extend({ assignmentCount: z.number().int() });
export type ArticleSummaryDto = z.infer<typeof ArticleSummaryDto>;
