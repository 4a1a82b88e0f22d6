import { codePointOffsets } from "@/lib/annotations/anchoring/code-point-offsets";
import type { ExportModel, ExportScope } from "./export-model";
import { toW3cAnnotation, type W3cAnnotation } from "./jsonld-annotation";
import { ANNOTATION_CONTEXT, collectionIri, pageIri } from "./jsonld-iris";
import { scriptSafeJson } from "./script-safe-json";

export interface W3cAnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  created: string;
  /** Absent when there is nothing in it: a page must hold at least one annotation. */
  first?: { id: string; type: "AnnotationPage"; partOf: string; startIndex: 0; items: W3cAnnotation[] };
  last?: string;
}

const WHOSE: Record<ExportScope, string> = { mine: "own highlights", student: "a student's highlights", class: "the class's highlights", key: "the answer key" };

/** The export as one W3C Web Annotation collection, every highlight on its one embedded page. */
export function annotationCollection(model: ExportModel): W3cAnnotationCollection {
  const offsets = codePointOffsets(model.article.text);
  const tags = new Map(model.tags.map((tag) => [tag.id, tag]));
  const readerNames = new Map(model.readers.map((reader) => [reader.id, reader.name]));
  const items = model.annotations.map((annotation) => toW3cAnnotation(model, annotation, offsets, tags, readerNames));
  const id = collectionIri(model);
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `${model.assignment.title} (${model.assignment.className}): ${WHOSE[model.scope]}`,
    total: items.length,
    created: model.generatedAt,
    ...(items.length > 0 && {
      first: { id: pageIri(model), type: "AnnotationPage" as const, partOf: id, startIndex: 0 as const, items },
      last: pageIri(model),
    }),
  };
}

/** W3C Web Annotation JSON-LD (application/ld+json with the anno.jsonld profile), UTF-8. */
export function writeJsonLd(model: ExportModel): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${scriptSafeJson(annotationCollection(model))}\n`);
}
