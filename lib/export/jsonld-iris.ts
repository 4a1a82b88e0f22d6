import { isUuid } from "@/lib/text/is-uuid";
import type { ExportModel } from "./export-model";

/** The one @context of a W3C Web Annotation document. */
export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/*
 * How an export names things. A writer is pure and knows no host name (and must not print one:
 * no URL but the article's own goes into a file), so every IRI is a URN that names the thing
 * itself: urn:uuid: for what Slant already gives a UUID (annotations, users), and
 * urn:slant:<kind>:… for the rest. The article version, not the article, is the target's
 * source, because offsets count into one version's canonical text.
 */

export const annotationIri = (annotationId: string) => `urn:uuid:${annotationId}`;

export const articleVersionIri = (versionId: string) => `urn:slant:article-version:${versionId}`;

/** One export of one assignment: its scope and the moment it was made tell two exports apart. */
export const collectionIri = (model: ExportModel) => `urn:slant:export:${model.assignment.id}:${model.scope}:${model.generatedAt}`;

export const pageIri = (model: ExportModel) => `${collectionIri(model)}:page-1`;

/**
 * A reader: a user (or the stable stand-in the teacher chose for a classmate) by their UUID;
 * "reader-1" of a pseudonymised export, or the answer key, within this export only, so the
 * IRI carries no user id.
 */
export const readerIri = (model: ExportModel, readerId: string) => (isUuid(readerId) ? `urn:uuid:${readerId}` : `${collectionIri(model)}:${readerId}`);

/** The UUID an annotation IRI (urn:uuid:…) names, lower-cased, or null for any other IRI. */
export function uuidOfIri(iri: string): string | null {
  const match = /^urn:uuid:(.+)$/i.exec(iri);
  return match && isUuid(match[1]!) ? match[1]!.toLowerCase() : null;
}
