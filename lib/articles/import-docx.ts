import mammoth from "mammoth";
import { ValidationFailed } from "@/lib/errors";
import { assembleImportedArticle } from "./assemble-imported-article";
import { extractHtmlArticle } from "./extract-html-article";
import { assertHtmlDepth } from "./html-depth";
import type { ImportedArticle } from "./imported-article";
import { importedTitle } from "./imported-title";
import { sanitizeArticleHtml } from "./sanitize-article-html";
import { listZipEntries } from "./zip-entries";

/** More than this unpacked is not an article but a trap (a "zip bomb") or a photo album. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;

const NOT_A_DOCX = "This file is not a Word document (.docx). Save it from Word as a .docx and try again.";

// Word's own quote and title styles, on top of mammoth's headings and lists.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

function checkArchive(bytes: Uint8Array): void {
  const entries = listZipEntries(bytes);
  if (!entries || !entries.some((entry) => entry.name === "word/document.xml")) throw new ValidationFailed(NOT_A_DOCX);
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (unpacked > MAX_DOCX_UNPACKED_BYTES) {
    throw new ValidationFailed("This Word document is too large to import: it unpacks to more than 100 MB.");
  }
}

async function convertToHtml(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Images are dropped from the text: do not even read them.
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      },
    );
    return result.value;
  } catch {
    // mammoth rejects a damaged archive or one without a readable main document part.
    throw new ValidationFailed(NOT_A_DOCX);
  }
}

/**
 * An uploaded Word document: converted to HTML by mammoth (headings, lists, line breaks),
 * then read exactly as an HTML import is. The title is its first heading, if any.
 */
export async function importDocx(bytes: Uint8Array): Promise<ImportedArticle> {
  checkArchive(bytes);
  const html = await convertToHtml(bytes);
  assertHtmlDepth(html);
  const { blocks } = extractHtmlArticle(sanitizeArticleHtml(html));
  const firstHeading = blocks.find(({ kind }) => kind.type === "heading");
  return assembleImportedArticle(blocks, importedTitle(firstHeading?.text), "DOCX", "This Word document has no text to annotate.");
}
