"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import type { ArticleDto } from "@/lib/articles/article-schemas";
import { ArticlePreview } from "@/components/articles/ArticlePreview";
import { ButtonLink } from "@/components/ui/Button";

/**
 * Said once an article is added: what students will see (its start, as imported), and where
 * to go next. Focus moves to its heading, so a keyboard or screen reader user lands on it.
 */
export function ArticleAdded({ article }: { article: ArticleDto }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [article.id]);
  // Only ever rendered after an upload in the browser, so the browser's languages are there.
  const languages = typeof navigator === "undefined" ? [] : navigator.languages;
  return (
    <section className="article-added" aria-labelledby="article-added-heading">
      <h2 id="article-added-heading" ref={heading} tabIndex={-1}>
        Added “{article.title}”
      </h2>
      <p>Your students will see it like this:</p>
      <ArticlePreview article={article} languages={languages} />
      <p className="article-added-links">
        <ButtonLink variant="primary" href={`/articles/${article.id}`}>
          Open the article
        </ButtonLink>
        <Link href={`/assignments/new?articleId=${article.id}`}>Set it as an assignment</Link>
      </p>
    </section>
  );
}
