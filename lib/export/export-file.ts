import type { ExportModel } from "./export-model";

/** How a file is laid out, where the format has a page: the paper a printed export is set on. */
export interface ExportWriterOptions {
  /** A4 (595 × 842 pt) unless asked; formats without pages ignore it. */
  paper?: ExportPaper;
}

export const EXPORT_PAPERS = ["a4", "letter"] as const;
export type ExportPaper = (typeof EXPORT_PAPERS)[number];

/** A pure function of the model (and the options): the same input always gives the same bytes. */
export type ExportWriter = (model: ExportModel, options?: ExportWriterOptions) => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>;

/** One export format: its writer, and how its files are served and named. */
export interface ExportFormatDefinition {
  write: ExportWriter;
  contentType: string;
  /** Without the dot: "csv", "docx"… */
  extension: string;
  /** Told apart from another format with the same extension in the file name ("…-class-gradebook-2026-12-01.csv"). */
  nameSuffix?: string;
}

/** What the export service answers: the bytes and how to serve them. */
export interface ExportFile {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
}
