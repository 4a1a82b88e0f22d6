import { randomUUID } from "node:crypto";
import { ValidationFailed } from "@/lib/errors";
import { checkTextRange } from "./anchoring/text-range";
import { assertArticleVersion } from "./assert-article-version";
import { assertKnownTag } from "./assert-known-tag";
import type { AnnotatingContext } from "./annotating-context";
import type { CreateAnnotationInput } from "./schemas";

/** A new highlight as it will be stored: its id given (by the client, or made here) and its note set or null. */
export type NewAnnotation = Omit<CreateAnnotationInput, "id" | "note" | "articleVersionId"> & { id: string; note: string | null };

/** A highlight as it will be stored, or a 422 naming what is wrong with it (409 if made on another version's text). */
export function checkNewAnnotation(context: Pick<AnnotatingContext, "tags" | "text" | "articleVersionId">, input: CreateAnnotationInput): NewAnnotation {
  if (input.articleVersionId) assertArticleVersion(context, input.articleVersionId);
  assertKnownTag(context.tags, input.tag);
  const problem = checkTextRange(context.text, input);
  if (problem) throw new ValidationFailed(`Invalid range: ${problem}.`, { field: "start/end" });
  return { id: input.id ?? randomUUID(), start: input.start, end: input.end, tag: input.tag, note: input.note ?? null, ...(input.undoesDelete && { undoesDelete: true }) };
}
