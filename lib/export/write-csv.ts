import type { ExportModel } from "./export-model";
import { spreadsheetCsv } from "./spreadsheet-csv";

const COLUMNS = ["reader", "tag", "start", "end", "exact text", "note", "verdict", "teacher comment", "created"];

/** One row per highlight, RFC 4180 (csv-stringify): reader, tag label, offsets, text, note, feedback. */
export function writeCsv(model: ExportModel): Uint8Array<ArrayBuffer> {
  const readerName = new Map(model.readers.map((r) => [r.id, r.name]));
  const tagLabel = new Map(model.tags.map((t) => [t.id, t.label]));
  const rows = model.annotations.map((a) => [readerName.get(a.readerId) ?? a.readerId, tagLabel.get(a.tag) ?? a.tag, a.start, a.end, a.exact, a.note, a.verdict?.toLowerCase() ?? null, a.teacherComment, a.createdAt]);
  return spreadsheetCsv([COLUMNS, ...rows]);
}
