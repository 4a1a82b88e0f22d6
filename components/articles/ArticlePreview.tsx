import { Lines } from "@/components/reader/ArticleText";
import type { ArticleDto } from "@/lib/articles/article-schemas";
import { blockKindLabel } from "@/lib/articles/block-kind-label";
import { PARAGRAPH } from "@/lib/articles/block-kinds";
import { paragraphKindClass, paragraphKindOf } from "@/lib/articles/paragraph-kind";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";
import { ArticleByline } from "@/components/articles/ArticleByline";

/** How many paragraphs the preview shows: enough to see the headline, byline, a caption and the story's start. */
export const PREVIEW_PARAGRAPHS = 6;

interface ArticlePreviewProps {
  article: Pick<ArticleDto, "title" | "author" | "publishedAt" | "text" | "blocks">;
  languages: readonly string[];
}

/**
 * The start of an article as students will read it: title, byline, then the first paragraphs
 * of the canonical text, each named by its kind and drawn with the reader's class for it.
 * Headings are drawn, not made headings, so the page's own outline stays the page's.
 */
export function ArticlePreview({ article, languages }: ArticlePreviewProps) {
  const ranges = splitIntoBlocks(article.text);
  const kinds = article.blocks && article.blocks.length === ranges.length ? article.blocks : null;
  const shown = ranges.slice(0, PREVIEW_PARAGRAPHS);
  return (
    <div className="article-preview">
      <p className="article-preview-title">{article.title}</p>
      <ArticleByline author={article.author} publishedAt={article.publishedAt} languages={languages} />
      <dl className="article-preview-blocks">
        {shown.map(({ start, end }, index) => {
          const kind = kinds?.[index] ?? PARAGRAPH;
          const paragraphKind = paragraphKindOf(kind);
          const className = kind.type === "heading" ? `article-preview-heading article-preview-heading-${kind.level}` : paragraphKind ? paragraphKindClass(paragraphKind) : undefined;
          return (
            <div key={start} className="article-preview-block">
              <dt>{blockKindLabel(kind)}</dt>
              <dd className="article-text">
                <p className={className}>
                  <Lines text={article.text.slice(start, end)} />
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
      {ranges.length > shown.length && (
        <p className="muted">
          The first {shown.length} of {ranges.length} paragraphs.
        </p>
      )}
    </div>
  );
}
