import type { ExportModel } from "./export-model";
import { spreadsheetDateTime } from "./export-dates";
import { spreadsheetCsv } from "./spreadsheet-csv";

const COLUMNS = ["reader", "tag", "start", "end", "exact text", "note", "verdict", "teacher comment"];

/**
 * One row per highlight, RFC 4180 (csv-stringify): reader, tag label, offsets, text, note, feedback,
 * and when it was made on the exporting viewer's clock ("2031-03-16 08:00"; the heading names the zone).
 */
export function writeCsv(model: ExportModel): Uint8Array<ArrayBuffer> {
  const readerName = new Map(model.readers.map((r) => [r.id, r.name]));
  const tagLabel = new Map(model.tags.map((t) => [t.id, t.label]));
  const rows = model.annotations.map((a) => [readerName.get(a.readerId) ?? a.readerId, tagLabel.get(a.tag) ?? a.tag, a.start, a.end, a.exact, a.note, a.verdict?.toLowerCase() ?? null, a.teacherComment, spreadsheetDateTime(a.createdAt, model.timeZone)]);
  return spreadsheetCsv([[...COLUMNS, `created (${model.timeZone})`], ...rows]);
}
