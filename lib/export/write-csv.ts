import { stringify } from "csv-stringify/sync";
import type { ExportModel } from "./export-model";
import { safeCell } from "./spreadsheet-cell";

const COLUMNS = ["reader", "tag", "start", "end", "exact text", "note", "verdict", "teacher comment", "created"];

/** Excel reads a UTF-8 file as UTF-8 (accents, emoji) only when it starts with a byte-order mark. */
const BYTE_ORDER_MARK = "\uFEFF";

/** One row per highlight, RFC 4180 (csv-stringify): reader, tag label, offsets, text, note, feedback. */
export function writeCsv(model: ExportModel): Uint8Array<ArrayBuffer> {
  const readerName = new Map(model.readers.map((r) => [r.id, r.name]));
  const tagLabel = new Map(model.tags.map((t) => [t.id, t.label]));
  const rows = model.annotations.map((a) =>
    [readerName.get(a.readerId) ?? a.readerId, tagLabel.get(a.tag) ?? a.tag, a.start, a.end, a.exact, a.note, a.verdict?.toLowerCase() ?? null, a.teacherComment, a.createdAt].map(safeCell),
  );
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF, which
  // Excel would still read as a new row: quote every field with a line break of either kind.
  const text = BYTE_ORDER_MARK + stringify([COLUMNS, ...rows], { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
  return new TextEncoder().encode(text);
}
