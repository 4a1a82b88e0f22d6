"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ArticleDto } from "@/lib/articles/article-schemas";
import { callApi } from "@/components/api-client";
import { ArticleMetadataFields } from "@/components/articles/ArticleMetadataFields";
import { ActionMessage, type ActionMessageState } from "@/components/ui/ActionMessage";
import { Button } from "@/components/ui/Button";

/** Edits an article's details and text; a changed text is saved as a new version. */
export function EditArticleForm({ article }: { article: ArticleDto }) {
  const router = useRouter();
  const [message, setMessage] = useState<ActionMessageState>(null);
  const [pending, setPending] = useState(false);

  const submit = async (form: HTMLFormElement) => {
    setPending(true);
    const data = new FormData(form);
    const text = String(data.get("text") ?? "");
    const outcome = await callApi<ArticleDto>("PATCH", `/api/articles/${article.id}`, {
      title: String(data.get("title") ?? ""),
      author: String(data.get("author") ?? ""),
      sourceUrl: String(data.get("sourceUrl") ?? ""),
      publishedAt: String(data.get("publishedAt") ?? ""),
      ...(text !== article.text && { text }),
    });
    setPending(false);
    if (!outcome.ok) return setMessage({ kind: "error", text: outcome.message });
    setMessage({
      kind: "done",
      text:
        outcome.value.version > article.version
          ? `Saved as version ${outcome.value.version}.${article.versions.some((v) => v.assignmentCount > 0) ? " Assignments on an older version are listed below, to move to it." : ""}`
          : "Saved.",
    });
    router.refresh();
  };

  return (
    <form
      className="stack-form"
      aria-labelledby="edit-article-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <h2 id="edit-article-heading">Details and text</h2>
      <ActionMessage message={message} />
      <ArticleMetadataFields titleRequired values={article} />
      <label htmlFor="article-text">Text (version {article.version})</label>
      <textarea id="article-text" name="text" rows={16} defaultValue={article.text} required />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
