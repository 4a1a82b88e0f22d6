import { ValidationFailed } from "@/lib/errors";
import { SNIFFED_AS, sniffBytes } from "./sniff-bytes";

/** The largest upload the import route accepts. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type UploadKind = "html" | "docx" | "text";

const KIND_BY_EXTENSION: Record<string, UploadKind> = { html: "html", htm: "html", docx: "docx", txt: "text" };
const ACCEPTED = "Upload a Word document (.docx), a saved web page (.html or .htm) or a text file (.txt).";
const HINTS: Record<string, string> = {
  doc: " Old Word (.doc) files cannot be read: save it from Word as .docx.",
  pdf: " To use a PDF, copy its text and paste it instead.",
};

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/**
 * What kind of article an upload is, from its name and its bytes together: a .docx must
 * be a ZIP archive; an .html, .htm or .txt must be UTF-8 text (a byte-order mark is
 * allowed) and not a ZIP or PDF. Throws ValidationFailed when the name is not one Slant
 * imports or the content is not what the name says.
 */
export function detectUploadKind(fileName: string, bytes: Uint8Array): UploadKind {
  const extension = extensionOf(fileName);
  const kind = KIND_BY_EXTENSION[extension];
  if (!kind) throw new ValidationFailed(`Slant cannot import this kind of file. ${ACCEPTED}${HINTS[extension] ?? ""}`);
  const sniffed = sniffBytes(bytes);
  if (sniffed === "empty") throw new ValidationFailed("This file is empty.");
  if (kind === "docx" ? sniffed === "zip" : sniffed === "text") return kind;
  const expected = kind === "docx" ? "a Word document" : kind === "html" ? "a web page" : "a text file";
  throw new ValidationFailed(`This file is named .${extension} but is not ${expected}: ${SNIFFED_AS[sniffed]}.`);
}
