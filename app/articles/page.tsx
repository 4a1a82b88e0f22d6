import type { Metadata } from "next";
import Link from "next/link";
import { AddArticleForm } from "@/components/articles/AddArticleForm";
import { ArticleByline } from "@/components/articles/ArticleByline";
import { Card, CardList } from "@/components/ui/Card";
import { listArticles } from "@/lib/articles/list-articles";
import { requireActor } from "@/lib/auth/require-actor";
import { viewerLanguages } from "@/lib/http/viewer-languages";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requireActor("/articles");
  if (actor.role === "STUDENT") {
    return (
      <div className="page">
        <h1>Articles</h1>
        <p>Your teacher adds the articles. Yours are in your <Link href="/assignments">assignments</Link>.</p>
      </div>
    );
  }
  const articles = await listArticles(actor);
  const languages = await viewerLanguages();
  return (
    <div className="page">
      <h1>Article library</h1>
      {/* The library first: adding is what a teacher does now and then, reading the list every visit. */}
      <h2>Your articles ({articles.length})</h2>
      {articles.length === 0 ? (
        <p>No articles yet. Add the first one below: paste its text or upload the page.</p>
      ) : (
        <CardList>
          {articles.map((article) => (
            <Card as="li" key={article.id}>
              <h3>
                <Link href={`/articles/${article.id}`}>{article.title}</Link>
              </h3>
              <ArticleByline author={article.author} publishedAt={article.publishedAt} languages={languages} />
              <p className="muted">
                version {article.version} · {article.assignmentCount} {article.assignmentCount === 1 ? "assignment" : "assignments"}
              </p>
            </Card>
          ))}
        </CardList>
      )}
      <Card as="section" className="form-card">
        <AddArticleForm />
      </Card>
    </div>
  );
}
