import { formatPublicationDay } from "@/lib/text/format-publication-day";

interface ArticleBylineProps {
  author: string | null;
  /** The publication day, "2026-11-03". */
  publishedAt: string | null;
  /** The viewer's languages, for writing the date as they read dates. */
  languages: readonly string[];
}

/** "By Dana Whitfield · 3 November 2026" above an article; nothing when neither is known. */
export function ArticleByline({ author, publishedAt, languages }: ArticleBylineProps) {
  if (!author && !publishedAt) return null;
  return (
    <p className="article-byline">
      {author && <>By {author}</>}
      {author && publishedAt && " · "}
      {publishedAt && <time dateTime={publishedAt}>{formatPublicationDay(publishedAt, languages)}</time>}
    </p>
  );
}
