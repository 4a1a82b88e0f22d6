import type { ExportModel } from "./export-model";

/** A pure function of the model: the same model always gives the same bytes. */
export type ExportWriter = (model: ExportModel) => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>;

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
