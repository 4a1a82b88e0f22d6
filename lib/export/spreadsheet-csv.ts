import { stringify } from "csv-stringify/sync";
import { safeCell } from "./spreadsheet-cell";

/** Excel reads a UTF-8 file as UTF-8 (accents, emoji) only when it starts with a byte-order mark. */
const BYTE_ORDER_MARK = "\uFEFF";

/**
 * Rows as a CSV file spreadsheets open safely: every cell through safeCell (formula starts
 * neutralised, numbers left numbers), RFC 4180 with CRLF records (csv-stringify), UTF-8 with a
 * byte-order mark. Shared by every CSV export, so none can forget a step.
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): Uint8Array<ArrayBuffer> {
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF, which
  // Excel would still read as a new row: quote every field with a line break of either kind.
  const text = BYTE_ORDER_MARK + stringify(rows.map((row) => row.map(safeCell)), { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
  return new TextEncoder().encode(text);
}
