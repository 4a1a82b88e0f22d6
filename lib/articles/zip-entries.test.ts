import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { listZipEntries } from "./zip-entries";

describe("listZipEntries", () => {
  it("lists each entry's name and unpacked size from the central directory", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "x".repeat(5000), { createFolders: false });
    zip.file("é.txt", "hi", { createFolders: false });
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "a comment after the directory" });
    expect(listZipEntries(bytes)).toEqual([
      { name: "word/document.xml", uncompressedSize: 5000 },
      { name: "é.txt", uncompressedSize: 2 },
    ]);
  });

  it("is null for bytes with no ZIP directory", () => {
    expect(listZipEntries(new TextEncoder().encode("PK\u0003\u0004 but nothing else"))).toBeNull();
    expect(listZipEntries(new Uint8Array())).toBeNull();
  });
});
