import { inflateSync } from "node:zlib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

export interface PdfPageText {
  width: number;
  height: number;
  /** The page's text as PDF.js extracts it (what a reader selects and copies), lines ended by "\n". */
  text: string;
  /** The same without the small print (font size under 7 pt): the highlights' end labels. */
  bodyText: string;
  /** Each run of text as drawn, with its font size in points. */
  runs: { text: string; size: number }[];
}

export interface ReadPdf {
  pages: PdfPageText[];
  /** Every link: to a named place in the file (`dest`) or to an address (`url`). */
  links: { page: number; dest?: string; url?: string }[];
  /** The named places links can jump to. */
  destinations: string[];
  /** The document information dictionary (Title, Author, Producer, dates…). */
  info: Record<string, unknown>;
  text: string;
}

/** Reads a PDF back with Mozilla's PDF.js (the legacy build, for Node): page sizes, extracted text, information dictionary. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPageText[] = [];
  const links: ReadPdf["links"] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    for (const annotation of (await page.getAnnotations()) as { subtype: string; dest?: unknown; url?: string }[]) {
      if (annotation.subtype === "Link") links.push({ page: n, ...(typeof annotation.dest === "string" && { dest: annotation.dest }), ...(annotation.url && { url: annotation.url }) });
    }
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const items = (await page.getTextContent()).items.filter((item): item is TextItem => "str" in item);
    const join = (kept: TextItem[]) => kept.map((item) => item.str + (item.hasEOL ? "\n" : "")).join("");
    pages.push({ width: x1 - x0, height: y1 - y0, text: join(items), bodyText: join(items.filter((item) => Math.abs(item.transform[0] as number) >= 7)), runs: items.map((item) => ({ text: item.str, size: Math.abs(item.transform[0] as number) })) });
  }
  const { info } = await pdf.getMetadata();
  const destinations = Object.keys((await pdf.getDestinations()) as Record<string, unknown>).sort();
  await pdf.destroy();
  return { pages, links, destinations, info: info as Record<string, unknown>, text: pages.map((p) => p.text).join("\n") };
}

/** Every stream of the file, inflated where it is compressed, and the rest of the file, as Latin-1 text: for searching the raw bytes. */
export function pdfBytesAsText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const parts = [raw.toString("latin1")];
  const latin = parts[0]!;
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = latin.indexOf("endstream", start);
    try {
      parts.push(inflateSync(raw.subarray(start, end)).toString("latin1"));
    } catch {
      // Not a deflated stream (or not a stream at all): its raw bytes are searched already.
    }
  }
  return parts.join("\n");
}

/** A string as a PDF may store it: as is, and UTF-16BE (text strings with non-ASCII letters, and ToUnicode maps in hex). */
export function pdfEncodings(value: string): string[] {
  const utf16 = Buffer.from(value, "utf16le").swap16();
  return [value, utf16.toString("latin1"), utf16.toString("hex").toUpperCase(), Buffer.from(value, "utf8").toString("latin1")];
}

/** Text without any whitespace, for finding wrapped paragraphs in extracted text. */
export const squeeze = (text: string) => text.replace(/\s+/gu, "");
