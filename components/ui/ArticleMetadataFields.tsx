interface ArticleMetadataFieldsProps {
  titleRequired: boolean;
  values?: { title: string; author: string | null; sourceUrl: string | null; publishedAt: string | null };
}

/** Title, author, source address and date, shared by adding and editing an article. */
export function ArticleMetadataFields({ titleRequired, values }: ArticleMetadataFieldsProps) {
  return (
    <>
      <label htmlFor="article-title">Title{titleRequired ? "" : " (taken from the file if left empty)"}</label>
      <input id="article-title" name="title" required={titleRequired} maxLength={300} defaultValue={values?.title} />
      <label htmlFor="article-author">Author (optional)</label>
      <input id="article-author" name="author" maxLength={300} defaultValue={values?.author ?? ""} />
      <label htmlFor="article-source">Source address (optional)</label>
      <input id="article-source" name="sourceUrl" type="url" placeholder="https://" defaultValue={values?.sourceUrl ?? ""} />
      <label htmlFor="article-date">Published on (optional)</label>
      <input id="article-date" name="publishedAt" type="date" defaultValue={values?.publishedAt ?? ""} />
    </>
  );
}
