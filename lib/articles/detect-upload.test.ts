import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { detectUploadKind, MAX_UPLOAD_BYTES } from "./detect-upload";
import { decodeUtf8 } from "./sniff-bytes";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const PDF = utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj");
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);
const OLD_WORD = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00);

function refusal(fileName: string, content: Uint8Array): string {
  try {
    detectUploadKind(fileName, content);
  } catch (error) {
    if (error instanceof ValidationFailed) return error.message;
    throw error;
  }
  throw new Error(`expected ${fileName} to be refused`);
}

describe("detectUploadKind", () => {
  it("reads the fixtures as what they are", () => {
    expect(detectUploadKind("council-cafe.html", fixture("council-cafe.html"))).toBe("html");
    expect(detectUploadKind("Library Hours.DOCX", fixture("library-hours.docx"))).toBe("docx");
  });

  it("goes by the extension, in any case, for text that is UTF-8", () => {
    expect(detectUploadKind("story.HTM", utf8("<p>Hi</p>"))).toBe("html");
    expect(detectUploadKind("notes.txt", utf8("Café 😀"))).toBe("text");
    expect(detectUploadKind("notes.txt", utf8("\uFEFFWith a byte-order mark"))).toBe("text");
  });

  it("refuses a .docx that is not a ZIP archive, saying what it seems to be", () => {
    expect(refusal("report.docx", fixture("not-really.docx"))).toBe(
      "This file is named .docx but is not a Word document: it looks like a text file.",
    );
    expect(refusal("report.docx", PDF)).toMatch(/^This file is named \.docx but is not a Word document: it looks like a PDF/);
    expect(refusal("report.docx", OLD_WORD)).toMatch(/old Word \(\.doc\) file/);
  });

  it("refuses an .html or .txt that is really a ZIP archive or a PDF", () => {
    expect(refusal("page.html", fixture("library-hours.docx"))).toMatch(/^This file is named \.html but is not a web page: it looks like a ZIP archive/);
    expect(refusal("notes.txt", ZIP)).toMatch(/^This file is named \.txt but is not a text file: it looks like a ZIP archive/);
    expect(refusal("notes.txt", PDF)).toMatch(/looks like a PDF/);
  });

  it("refuses text that is not UTF-8 or holds NUL bytes", () => {
    expect(refusal("latin1.txt", bytes(0x43, 0x61, 0x66, 0xe9))).toMatch(/is not UTF-8 text/);
    expect(refusal("utf16.html", bytes(0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00))).toMatch(/is not UTF-8 text/);
    expect(refusal("nul.txt", utf8("a\u0000b"))).toMatch(/is not UTF-8 text/);
  });

  it("refuses an empty file", () => {
    expect(refusal("empty.txt", bytes())).toBe("This file is empty.");
  });

  it("refuses an extension Slant does not import, listing the ones it does", () => {
    for (const name of ["story.pdf", "story.doc", "story.rtf", "story", ".docx"]) {
      expect(refusal(name, utf8("text"))).toMatch(/\(\.docx\).*\(\.html or \.htm\).*\(\.txt\)/);
    }
    expect(refusal("story.doc", OLD_WORD)).toMatch(/save it from Word as \.docx/);
  });

  it("allows uploads of up to 5 MB", () => {
    expect(MAX_UPLOAD_BYTES).toBe(5 * 1024 * 1024);
  });
});

describe("decodeUtf8", () => {
  it("drops a byte-order mark and nothing else", () => {
    expect(decodeUtf8(utf8("\uFEFF\uFEFFa"))).toBe("\uFEFFa");
  });
});
