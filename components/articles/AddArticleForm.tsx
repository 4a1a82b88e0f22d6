"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ArticleDto } from "@/lib/articles/article-schemas";
import { callApi } from "@/components/api-client";
import { ArticleAdded } from "@/components/articles/ArticleAdded";
import { ArticleMetadataFields } from "@/components/articles/ArticleMetadataFields";
import { ChoiceGroup } from "@/components/ui/ChoiceGroup";
import { Field } from "@/components/ui/Field";
import { Button } from "@/components/ui/Button";

type Source = "paste" | "upload";

const SOURCES = [
  { value: "paste", label: "Paste the text" },
  { value: "upload", label: "Upload a file" },
] as const satisfies readonly { value: Source; label: string }[];

const ACCEPTED_FILES = ".html,.htm,.docx,.txt,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Adds an article by pasting its text or uploading .html, .docx or .txt; both go to POST
 * /api/articles. Once added, the teacher sees what students will (ArticleAdded) and the
 * form is empty again for the next one.
 */
export function AddArticleForm() {
  const router = useRouter();
  const [source, setSource] = useState<Source>("paste");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [added, setAdded] = useState<ArticleDto | null>(null);
  // A new key after each article empties the form (its radios are React's, so not form.reset()).
  const [formKey, setFormKey] = useState(0);

  const submit = async (form: HTMLFormElement) => {
    setPending(true);
    setError(null);
    setAdded(null);
    const data = new FormData(form);
    const metadata = {
      title: String(data.get("title") ?? "").trim() || undefined,
      author: String(data.get("author") ?? ""),
      sourceUrl: String(data.get("sourceUrl") ?? ""),
      publishedAt: String(data.get("publishedAt") ?? ""),
    };
    const outcome =
      source === "paste"
        ? await callApi<ArticleDto>("POST", "/api/articles", { ...metadata, text: String(data.get("text") ?? "") })
        : await callApi<ArticleDto>("POST", "/api/articles", data);
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    setAdded(outcome.value);
    setFormKey((key) => key + 1);
    // The library's list below shows the new article.
    router.refresh();
  };

  return (
    <>
      {added && <ArticleAdded article={added} />}
      <form
        key={formKey}
        className="stack-form add-article"
        aria-labelledby="add-article-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(event.currentTarget);
        }}
      >
        <h2 id="add-article-heading">Add an article</h2>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <ChoiceGroup legend="How" name="source" choices={SOURCES} value={source} onChange={setSource} />
        {source === "paste" ? (
          <Field label="Article text" hint="Leave a blank line between paragraphs. Plain text only; for a web page, save it and upload the .html file.">
            {(control) => <textarea {...control} name="text" rows={10} required />}
          </Field>
        ) : (
          <Field label="File (.html, .docx or .txt, up to 5 MB)">
            {(control) => <input {...control} name="file" type="file" accept={ACCEPTED_FILES} required />}
          </Field>
        )}
        <ArticleMetadataFields titleRequired={source === "paste"} />
        <Button variant="primary" type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add article"}
        </Button>
      </form>
    </>
  );
}
