import type { TagDefinition } from "@/lib/annotations/tags";

interface AnnotationFacts {
  id: string;
  tag: string;
  note: string | null;
  exact: string;
}

export interface DraftSummary {
  /** Highlights per tag id, every tag listed. */
  counts: Record<string, number>;
  /** Highlights whose tag needs a note and that have none. */
  missingNotes: { annotationId: string; tag: string; exact: string }[];
}

/** What a submission confirmation shows; the server refuses to submit on the same rules. */
export function summarizeDraft(annotations: AnnotationFacts[], tags: TagDefinition[]): DraftSummary {
  const counts = Object.fromEntries(tags.map((tag) => [tag.id, 0]));
  for (const a of annotations) counts[a.tag] = (counts[a.tag] ?? 0) + 1;
  const noteRequired = new Set(tags.filter((t) => t.requiresNote).map((t) => t.id));
  return {
    counts,
    missingNotes: annotations.filter((a) => noteRequired.has(a.tag) && !a.note).map((a) => ({ annotationId: a.id, tag: a.tag, exact: a.exact })),
  };
}
