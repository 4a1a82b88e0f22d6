import type { CodePointOffsets } from "@/lib/annotations/anchoring/code-point-offsets";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { ExportAnnotation, ExportModel, ExportVerdict } from "./export-model";
import { annotationIri, articleVersionIri, readerIri } from "./jsonld-iris";

/** A W3C TextualBody; `purpose` says what it is to Slant (see toW3cAnnotation). */
export interface W3cTextualBody {
  type: "TextualBody";
  purpose: "tagging" | "classifying" | "commenting" | "assessing";
  value: string;
  format: "text/plain";
}

export interface W3cAnnotation {
  id: string;
  type: "Annotation";
  motivation: "highlighting" | "commenting";
  created: string;
  modified: string;
  creator: { id: string; type: "Person"; name: string };
  body: W3cTextualBody[];
  target: {
    type: "SpecificResource";
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

const VERDICT_WORDS: Record<ExportVerdict, string> = { AGREE: "agree", PARTLY: "partly", DISAGREE: "disagree" };

const body = (purpose: W3cTextualBody["purpose"], value: string): W3cTextualBody => ({ type: "TextualBody", purpose, value, format: "text/plain" });

/**
 * The bodies of one highlight, always in this order: the tag's id (purpose tagging: what an
 * import reads) and its label (classifying: what a person reads), the reader's note
 * (commenting), then, where the model carries them, the teacher's verdict as one of the words
 * agree, partly, disagree, and the teacher's comment (both assessing). A body with an id would
 * be an external resource to the model, which may not have a purpose, so the verdict has none.
 */
function bodiesOf(annotation: ExportAnnotation, tag: TagDefinition | undefined): W3cTextualBody[] {
  const bodies = [body("tagging", annotation.tag)];
  if (tag) bodies.push(body("classifying", tag.label));
  if (annotation.note !== null) bodies.push(body("commenting", annotation.note));
  if (annotation.verdict !== null) bodies.push(body("assessing", VERDICT_WORDS[annotation.verdict]));
  if (annotation.teacherComment !== null) bodies.push(body("assessing", annotation.teacherComment));
  return bodies;
}

/**
 * One highlight as a W3C Annotation: both selectors on the article version, the quote with its
 * context and the position counted in code points (the model's rule; Slant's offsets are UTF-16).
 */
export function toW3cAnnotation(model: ExportModel, annotation: ExportAnnotation, offsets: CodePointOffsets, tags: Map<string, TagDefinition>, readerNames: Map<string, string>): W3cAnnotation {
  return {
    id: annotationIri(annotation.id),
    type: "Annotation",
    motivation: annotation.note === null ? "highlighting" : "commenting",
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: { id: readerIri(model, annotation.readerId), type: "Person", name: readerNames.get(annotation.readerId) ?? annotation.readerId },
    body: bodiesOf(annotation, tags.get(annotation.tag)),
    target: {
      type: "SpecificResource",
      source: articleVersionIri(model.article.versionId),
      selector: [
        {
          type: "TextQuoteSelector",
          exact: annotation.exact,
          ...(annotation.prefix !== "" && { prefix: annotation.prefix }),
          ...(annotation.suffix !== "" && { suffix: annotation.suffix }),
        },
        { type: "TextPositionSelector", start: offsets.toCodePoints(annotation.start), end: offsets.toCodePoints(annotation.end) },
      ],
    },
  };
}
