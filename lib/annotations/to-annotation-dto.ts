import type { Annotation } from "@/lib/db/generated/client";
import type { AnnotationDto } from "./schemas";

export function toAnnotationDto(annotation: Annotation, author?: { id: string; name: string }): AnnotationDto {
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
    ...(author ? { author } : {}),
  };
}
