import { excerpt } from "@/components/reader/excerpt";
import { TagBadge } from "@/components/reader/TagBadge";
import { VerdictBadge } from "@/components/reader/VerdictBadge";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { TagDefinition } from "@/lib/annotations/tags";
import { LocalTime } from "@/components/time/LocalTime";

interface DeletedHighlightsProps {
  studentName: string;
  annotations: AnnotationDto[];
  tags: TagDefinition[];
}

/** Highlights the student deleted after the teacher's feedback: kept here with the verdict, nowhere else. */
export function DeletedHighlights({ studentName, annotations, tags }: DeletedHighlightsProps) {
  if (annotations.length === 0) return null;
  return (
    <section className="deleted-highlights" aria-labelledby="deleted-highlights-heading">
      <h2 id="deleted-highlights-heading">Deleted by the student ({annotations.length})</h2>
      <p className="muted">{studentName} deleted these after you gave feedback on them. They are no longer part of the work.</p>
      <ul>
        {annotations.map((annotation) => {
          const tag = tags.find((t) => t.id === annotation.tag);
          return (
            <li key={annotation.id}>
              {tag ? <TagBadge tag={tag} /> : <span>{annotation.tag}</span>} “{excerpt(annotation.exact, 120)}”
              {annotation.note && <span className="annotation-list__note"> Note: {excerpt(annotation.note, 120)}</span>}
              <br />
              {annotation.feedback && <VerdictBadge feedback={annotation.feedback} />}
              {annotation.feedback?.comment && <> — {annotation.feedback.comment}</>}
              {annotation.deletedAt && <span className="muted"> · deleted <LocalTime iso={annotation.deletedAt} /></span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
