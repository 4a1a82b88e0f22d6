import type { ExportFormatDefinition } from "./export-file";
import { writeCsv } from "./write-csv";
import { writeHtml } from "./write-html";
import { writePdf } from "./write-pdf";

/** Every export format; the API's `format=` accepts exactly these. */
export const EXPORT_FORMAT_DEFINITIONS = {
  csv: { write: writeCsv, contentType: "text/csv; charset=utf-8", extension: "csv" },
  html: { write: writeHtml, contentType: "text/html; charset=utf-8", extension: "html" },
  pdf: { write: writePdf, contentType: "application/pdf", extension: "pdf" },
} satisfies Record<string, ExportFormatDefinition>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_DEFINITIONS;
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_DEFINITIONS) as [ExportFormat, ...ExportFormat[]];
/** For the OpenAPI document. */
export const EXPORT_MEDIA_TYPES = [...new Set(Object.values(EXPORT_FORMAT_DEFINITIONS).map((f) => f.contentType.split(";")[0]!))];
