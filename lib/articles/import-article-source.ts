import "server-only";
import { ValidationFailed } from "@/lib/errors";
import { detectUploadKind } from "./detect-upload";
import { importDocx } from "./import-docx";
import { importHtml } from "./import-html";
import { importPlainText } from "./import-plain-text";
import type { ImportedArticle } from "./imported-article";

/** Pasted text or HTML from the JSON API. */
export function importPastedSource(source: { text?: string; html?: string }): ImportedArticle {
  if (source.html !== undefined) return importHtml(source.html);
  if (source.text !== undefined) return importPlainText(source.text);
  throw new ValidationFailed("Give either text or html.");
}

/** An uploaded file: what it really is decides how it is read, whatever its name says. */
export async function importUploadedFile(fileName: string, bytes: Uint8Array): Promise<ImportedArticle> {
  const kind = detectUploadKind(fileName, bytes);
  if (kind === "docx") return importDocx(bytes);
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  return kind === "html" ? importHtml(text) : importPlainText(text);
}
