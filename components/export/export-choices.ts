/** What the Export menu offers, in words; the page passes the formats the server can write. */
export const FORMAT_LABELS: Record<string, string> = {
  html: "Web page (HTML, prints well)",
  pdf: "PDF",
  docx: "Word document with comments (.docx)",
  jsonld: "W3C Web Annotation (JSON-LD)",
  csv: "Spreadsheet of highlights (CSV)",
  gradebook: "Gradebook (CSV)",
};

export type ExportScopeChoice = "mine" | "student" | "class" | "key";

export const SCOPE_LABELS: Record<ExportScopeChoice, string> = {
  mine: "My highlights",
  student: "One student",
  class: "The whole class",
  key: "The answer key",
};

/** The download URL for a choice (the API checks every permission again). */
export function exportUrl(assignmentId: string, choice: { format: string; scope: ExportScopeChoice; student: string | null; pseudonymize: boolean; paper?: "a4" | "letter" }): string {
  const query = new URLSearchParams({ format: choice.format, scope: choice.scope });
  if (choice.format === "pdf" && choice.paper) query.set("paper", choice.paper);
  if (choice.scope === "student" && choice.student) query.set("student", choice.student);
  if (choice.pseudonymize) query.set("pseudonymize", "1");
  return `/api/assignments/${assignmentId}/export?${query}`;
}

/** The file name from a Content-Disposition header (the UTF-8 form first), or a fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const utf8 = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // A broken escape: fall through to the plain name.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}
