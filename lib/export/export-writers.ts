import type { ExportFormatDefinition } from "./export-file";
import { writeCsv } from "./write-csv";
import { writeDocx } from "./write-docx";
import { writeGradebook } from "./write-gradebook";
import { writeJsonLd } from "./write-jsonld";

/** Every export format; the API's `format=` accepts exactly these. */
export const EXPORT_FORMAT_DEFINITIONS = {
  csv: { write: writeCsv, contentType: "text/csv; charset=utf-8", extension: "csv" },
  docx: { write: writeDocx, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  gradebook: { write: writeGradebook, contentType: "text/csv; charset=utf-8", extension: "csv", nameSuffix: "gradebook" },
  jsonld: { write: writeJsonLd, contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: "jsonld" },
} satisfies Record<string, ExportFormatDefinition>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_DEFINITIONS;
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_DEFINITIONS) as [ExportFormat, ...ExportFormat[]];
/** For the OpenAPI document. */
export const EXPORT_MEDIA_TYPES = [...new Set(Object.values(EXPORT_FORMAT_DEFINITIONS).map((f) => f.contentType.split(";")[0]!))];
