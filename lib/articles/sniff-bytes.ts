/** What a file's first bytes say it is, in words a teacher would use. */
export type SniffedKind = "empty" | "zip" | "pdf" | "old-word" | "image" | "text" | "binary";

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97–2003 .doc
const IMAGE_SIGNATURES = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38]]; // PNG, JPEG, GIF

export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP_SIGNATURE);

export function sniffBytes(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return "empty";
  if (isZip(bytes)) return "zip";
  if (startsWith(bytes, PDF_SIGNATURE)) return "pdf";
  if (startsWith(bytes, OLE_SIGNATURE)) return "old-word";
  if (IMAGE_SIGNATURES.some((signature) => startsWith(bytes, signature))) return "image";
  return decodeUtf8(bytes) === null ? "binary" : "text";
}

const BOM = "\uFEFF";

/** The UTF-8 text of `bytes` without a leading byte-order mark, or null if it is not UTF-8 text (or holds NUL). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text.includes("\u0000")) return null;
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export const SNIFFED_AS: Record<SniffedKind, string> = {
  empty: "the file is empty",
  zip: "it looks like a ZIP archive, perhaps a Word document (.docx)",
  pdf: "it looks like a PDF, which Slant cannot import (copy its text and paste it instead)",
  "old-word": "it looks like an old Word (.doc) file (save it from Word as .docx)",
  image: "it looks like an image",
  text: "it looks like a text file",
  binary: "it is not UTF-8 text (save it as UTF-8 and try again)",
};
