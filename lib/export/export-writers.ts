import type { ExportFormatDefinition } from "./export-file";
import { EXPORT_FORMAT_FILES, type ExportFormat } from "./export-formats";
import { writeCsv } from "./write-csv";
import { writeDocx } from "./write-docx";
import { writeGradebook } from "./write-gradebook";
import { writeHtml } from "./write-html";
import { writeJsonLd } from "./write-jsonld";
import { writePdf } from "./write-pdf";

export type { ExportFormat } from "./export-formats";

/** Each format's file with the writer that makes it. */
export const EXPORT_FORMAT_DEFINITIONS = {
  pdf: { ...EXPORT_FORMAT_FILES.pdf, write: writePdf },
  html: { ...EXPORT_FORMAT_FILES.html, write: writeHtml },
  docx: { ...EXPORT_FORMAT_FILES.docx, write: writeDocx },
  jsonld: { ...EXPORT_FORMAT_FILES.jsonld, write: writeJsonLd },
  csv: { ...EXPORT_FORMAT_FILES.csv, write: writeCsv },
  gradebook: { ...EXPORT_FORMAT_FILES.gradebook, write: writeGradebook },
} satisfies Record<ExportFormat, ExportFormatDefinition>;
