import mammoth from "mammoth";
import { ValidationFailed } from "@/lib/errors";
import { assembleImportedArticle } from "./assemble-imported-article";
import { extractHtmlArticle } from "./extract-html-article";
import { assertHtmlDepth } from "./html-depth";
import type { ImportedArticle } from "./imported-article";
import { importedTitle } from "./imported-title";
import { sanitizeArticleHtml } from "./sanitize-article-html";
import { measureUnpackedSize } from "./unpacked-size";
import { listZipEntries } from "./zip-entries";

/** More than this unpacked is not an article but a trap (a "zip bomb") or a photo album. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;

const NOT_A_DOCX = "This file is not a Word document (.docx). Save it from Word as a .docx and try again.";
const TOO_LARGE = "This Word document is too large to import: it unpacks to more than 100 MB.";

// Word's own quote, title and caption styles, on top of mammoth's headings and lists.
// Word names its built-in caption style "caption" (shown as "Caption"); both are matched.
const STYLE_MAP = [
  "p[style-name='caption'] => figcaption:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/**
 * Refuses what is not a .docx, or unpacks to more than the limit. The declared sizes turn
 * an honest large file away before anything is inflated; the real sizes are then counted
 * as every entry is inflated (stopping at the limit), since a forged archive declares
 * whatever it likes and JSZip, inside mammoth, would inflate it all before checking.
 */
async function checkArchive(bytes: Uint8Array): Promise<void> {
  const entries = listZipEntries(bytes);
  if (!entries || !entries.some((entry) => entry.name === "word/document.xml")) throw new ValidationFailed(NOT_A_DOCX);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > MAX_DOCX_UNPACKED_BYTES) throw new ValidationFailed(TOO_LARGE);
  const unpacked = await measureUnpackedSize(bytes, entries, MAX_DOCX_UNPACKED_BYTES);
  if (unpacked === null) throw new ValidationFailed(NOT_A_DOCX);
  if (unpacked > MAX_DOCX_UNPACKED_BYTES) throw new ValidationFailed(TOO_LARGE);
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
  await checkArchive(bytes);
  const html = await convertToHtml(bytes);
  assertHtmlDepth(html);
  const { blocks } = extractHtmlArticle(sanitizeArticleHtml(html));
  const firstHeading = blocks.find(({ kind }) => kind.type === "heading");
  // Word's own "author" is whoever saved the file (often the teacher), not the article's author.
  const details = { title: importedTitle(firstHeading?.text), author: null, publishedOn: null };
  return assembleImportedArticle(blocks, details, "DOCX", "This Word document has no text to annotate.");
}
