import type { Annotation } from "@/lib/db/generated/client";
import type { AnnotationDto } from "./schemas";

interface DtoExtras {
  author?: { id: string; name: string };
  /** undefined: not shown to this reader; null: shown, but none given yet. */
  feedback?: { verdict: "AGREE" | "PARTLY" | "DISAGREE"; comment: string | null } | null;
}

export function toAnnotationDto(annotation: Annotation, extras: DtoExtras = {}): AnnotationDto {
  return {
    id: annotation.id,
    start: annotation.start,
    end: annotation.end,
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    tag: annotation.tag,
    note: annotation.note,
    createdAt: annotation.createdAt.toISOString(),
    updatedAt: annotation.updatedAt.toISOString(),
    ...(extras.author && { author: extras.author }),
    ...(extras.feedback !== undefined && { feedback: extras.feedback }),
  };
}
