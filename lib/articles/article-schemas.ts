import { z } from "zod";
import { BlockKindList } from "./block-kinds";
import { PublicationDay } from "@/lib/text/date-fields";
import { optionalPlainText, requiredPlainText } from "@/lib/text/plain-text";
import { WebAddress } from "@/lib/text/web-address";

/** Pasted article text or HTML may be long; other JSON bodies stay small. */
export const ARTICLE_BODY_LIMIT_BYTES = 1024 * 1024;

export const ARTICLE_TITLE_MAX_LENGTH = 300;
/** An article's title, typed or taken from an imported file. */
export const ArticleTitle = requiredPlainText(ARTICLE_TITLE_MAX_LENGTH);
/** An article's author, typed or found in an imported page; blank is none (null). */
export const ArticleAuthor = optionalPlainText(300);
const PublishedOn = z
  .string()
  .transform((value) => (value === "" ? null : value))
  .pipe(PublicationDay.nullable())
  .nullable();

export const ArticleMetadata = z.object({
  title: ArticleTitle.optional(),
  author: ArticleAuthor.nullable().optional(),
  sourceUrl: WebAddress.optional(),
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
  /** The kind of each paragraph of `text` (heading, list item, quote, caption) for HTML and .docx imports; null for plain text. */
  blocks: BlockKindList.nullable(),
  versions: z.array(ArticleVersionSummaryDto),
});
export type ArticleDto = z.infer<typeof ArticleDto>;

export const ArticleSummaryDto = ArticleDto.omit({ text: true, blocks: true, versions: true }).extend({ assignmentCount: z.number().int() });
export type ArticleSummaryDto = z.infer<typeof ArticleSummaryDto>;
