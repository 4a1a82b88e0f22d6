import type { ExportFormatDefinition } from "./export-file";
import { writeCsv } from "./write-csv";
import { writeDocx } from "./write-docx";
import { writeGradebook } from "./write-gradebook";
import { writeHtml } from "./write-html";
import { writeJsonLd } from "./write-jsonld";
import { writePdf } from "./write-pdf";

/** Every export format, in the order the Export menu offers them; the API's `format=` accepts exactly these. */
export const EXPORT_FORMAT_DEFINITIONS = {
  pdf: { write: writePdf, contentType: "application/pdf", extension: "pdf" },
  html: { write: writeHtml, contentType: "text/html; charset=utf-8", extension: "html" },
  docx: { write: writeDocx, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  jsonld: { write: writeJsonLd, contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: "jsonld" },
  csv: { write: writeCsv, contentType: "text/csv; charset=utf-8", extension: "csv" },
  gradebook: { write: writeGradebook, contentType: "text/csv; charset=utf-8", extension: "csv", nameSuffix: "gradebook" },
} satisfies Record<string, ExportFormatDefinition>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_DEFINITIONS;
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_DEFINITIONS) as [ExportFormat, ...ExportFormat[]];
/** For the OpenAPI document. */
export const EXPORT_MEDIA_TYPES = [...new Set(Object.values(EXPORT_FORMAT_DEFINITIONS).map((f) => f.contentType.split(";")[0]!))];
