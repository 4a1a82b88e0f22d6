import { Field } from "@/components/ui/Field";

interface ArticleMetadataFieldsProps {
  titleRequired: boolean;
  values?: { title: string; author: string | null; sourceUrl: string | null; publishedAt: string | null };
}

/** Title, author, source address and date, shared by adding and editing an article. */
export function ArticleMetadataFields({ titleRequired, values }: ArticleMetadataFieldsProps) {
  return (
    <>
      <Field label={`Title${titleRequired ? "" : " (taken from the file if left empty)"}`}>
        {(control) => <input {...control} name="title" required={titleRequired} maxLength={300} defaultValue={values?.title} />}
      </Field>
      <Field label="Author (optional)">{(control) => <input {...control} name="author" maxLength={300} defaultValue={values?.author ?? ""} />}</Field>
      <Field label="Source address (optional)">
        {(control) => <input {...control} name="sourceUrl" type="url" placeholder="https://" defaultValue={values?.sourceUrl ?? ""} />}
      </Field>
      <Field label="Published on (optional)">
        {(control) => <input {...control} name="publishedAt" type="date" defaultValue={values?.publishedAt ?? ""} />}
      </Field>
    </>
  );
}
