import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleByline } from "@/components/articles/ArticleByline";
import { EditArticleForm } from "@/components/articles/EditArticleForm";
import { MoveAssignmentsToVersion } from "@/components/articles/MoveAssignmentsToVersion";
import { ScrollRegion } from "@/components/ui/ScrollRegion";
import { findArticleForActor } from "@/lib/articles/find-article-for-actor";
import { listArticleAssignments } from "@/lib/articles/list-article-assignments";
import { toArticleDto } from "@/lib/articles/to-article-dto";
import { requireActor } from "@/lib/auth/require-actor";
import { NotFound } from "@/lib/errors";
import { LocalTime } from "@/components/time/LocalTime";
import { titleFor } from "@/lib/http/title-for";
import { viewerLanguages } from "@/lib/http/viewer-languages";
import { ButtonLink } from "@/components/ui/Button";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return titleFor(async (actor) => (await findArticleForActor(actor, id)).title, "Article");
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/articles/${id}`);
  const article = toArticleDto(
    await findArticleForActor(actor, id).catch((error: unknown) => {
      if (error instanceof NotFound) notFound();
      throw error;
    }),
  );
  return (
    <div className="page">
      <p className="muted">
        <Link href="/articles">Article library</Link>
      </p>
      <h1>{article.title}</h1>
      <ArticleByline author={article.author} publishedAt={article.publishedAt} languages={await viewerLanguages()} />
      <p>
        <ButtonLink variant="primary" href={`/assignments/new?articleId=${article.id}`}>
          Set it as an assignment
        </ButtonLink>
      </p>
      <EditArticleForm article={article} />
      <MoveAssignmentsToVersion latestVersion={article.version} assignments={(await listArticleAssignments(actor, article.id)).filter((a) => a.version !== article.version)} />
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <p className="muted">
          Editing the text makes a new version. Assignments keep the version they were made on until you move them to a newer one, so students’ highlights never shift
          unasked.
        </p>
        <ScrollRegion labelledBy="versions-heading">
          <table className="roster">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Made</th>
                <th scope="col">From</th>
                <th scope="col">Used by</th>
              </tr>
            </thead>
            <tbody>
              {article.versions.map((v) => (
                <tr key={v.number}>
                  <th scope="row">
                    <span className="roster__card-only">Version </span>
                    {v.number}
                  </th>
                  <td data-label="Made">
                    <LocalTime iso={v.createdAt} />
                  </td>
                  <td data-label="From">{v.format === "TEXT" ? "text" : v.format === "HTML" ? "web page" : "Word document"}</td>
                  <td data-label="Used by">
                    {v.assignmentCount} {v.assignmentCount === 1 ? "assignment" : "assignments"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </div>
  );
}
