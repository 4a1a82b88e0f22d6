import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentForm } from "@/components/assignments/AssignmentForm";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { listArticles } from "@/lib/articles/list-articles";
import { requireActor } from "@/lib/auth/require-actor";
import { listClasses } from "@/lib/classes/list-classes";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("/assignments/new");
  const { classId, articleId } = await searchParams;
  const classes = (await listClasses(actor)).filter((c) => c.role === "TEACHER" && !c.archived);
  const articles = actor.role === "STUDENT" ? [] : await listArticles(actor);
  if (classes.length === 0 || articles.length === 0) {
    return (
      <div className="page">
        <h1>New assignment</h1>
        <p>
          {classes.length === 0 ? <>First <Link href="/classes">create a class</Link>.</> : <>First <Link href="/articles">add an article</Link>.</>}
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>New assignment</h1>
      <AssignmentForm
        mode="create"
        classes={classes.map((c) => ({ id: c.id, name: c.name }))}
        articles={articles.map((a) => ({ id: a.id, title: a.title }))}
        initial={{
          classId: typeof classId === "string" ? classId : classes[0]!.id,
          articleId: typeof articleId === "string" ? articleId : articles[0]!.id,
          title: "",
          instructions: "",
          dueAt: null,
          revealPolicy: "AFTER_SUBMIT",
          showClassmateNames: true,
          tags: DEFAULT_TAGS,
        }}
      />
    </div>
  );
}
