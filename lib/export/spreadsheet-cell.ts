/**
 * A cell a spreadsheet will not run: text starting with =, +, -, @, a tab or a carriage
 * return is a formula to Excel, LibreOffice and Google Sheets, so it gets a leading
 * apostrophe (shown by none of them, the OWASP advice for CSV injection). Numbers stay numbers.
 */
export function safeCell(value: string | number | boolean | null): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
