import type { Metadata } from "next";
import Link from "next/link";
import { AddArticleForm } from "@/components/ui/AddArticleForm";
import { listArticles } from "@/lib/articles/list-articles";
import { requireActor } from "@/lib/auth/require-actor";

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
  return (
    <div className="page">
      <h1>Article library</h1>
      <AddArticleForm />
      <h2>Your articles ({articles.length})</h2>
      <ul className="card-list">
        {articles.map((article) => (
          <li key={article.id} className="card">
            <h3>
              <Link href={`/articles/${article.id}`}>{article.title}</Link>
            </h3>
            <p className="muted">
              {[article.author, article.publishedAt, `version ${article.version}`, `${article.assignmentCount} assignments`].filter(Boolean).join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
