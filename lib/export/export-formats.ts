import type { ExportFormatDefinition } from "./export-file";

/**
 * Every export format and how its file is served, in the order the Export menu offers them;
 * the API's `format=` accepts exactly these. Apart from the writers (export-writers.ts), so
 * that what only names the formats (the OpenAPI catalogue, which the request guard reads on
 * every request, and the assignment page) does not load PDFKit, docx and the rest.
 */
export const EXPORT_FORMAT_FILES = {
  pdf: { contentType: "application/pdf", extension: "pdf" },
  html: { contentType: "text/html; charset=utf-8", extension: "html" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  jsonld: { contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: "jsonld" },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
  gradebook: { contentType: "text/csv; charset=utf-8", extension: "csv", nameSuffix: "gradebook" },
} satisfies Record<string, Omit<ExportFormatDefinition, "write">>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_FILES;
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_FILES) as [ExportFormat, ...ExportFormat[]];
/** For the OpenAPI document. */
export const EXPORT_MEDIA_TYPES = [...new Set(Object.values(EXPORT_FORMAT_FILES).map((f) => f.contentType.split(";")[0]!))];
