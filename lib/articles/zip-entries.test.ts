import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { listZipEntries } from "./zip-entries";

async function sampleZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", "x".repeat(5000), { createFolders: false });
  zip.file("é.txt", "hi", { createFolders: false, compression: "STORE" });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "a comment after the directory" });
}

/** Where the first central-directory entry is, to rewrite its fields. */
function firstDirectoryEntry(bytes: Uint8Array): { view: DataView; directory: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.findLastIndex((_, i) => i <= bytes.length - 22 && view.getUint32(i, true) === 0x06054b50);
  return { view, directory: view.getUint32(end + 16, true) };
}

describe("listZipEntries", () => {
  it("lists each entry's name, declared size, method and where its data is, from the central directory", async () => {
    const bytes = await sampleZip();
    const entries = listZipEntries(bytes);
    expect(entries).toMatchObject([
      { name: "word/document.xml", uncompressedSize: 5000, method: 8 },
      { name: "é.txt", uncompressedSize: 2, method: 0, compressedSize: 2 },
    ]);
    const stored = entries![1]!;
    expect(new TextDecoder().decode(bytes.subarray(stored.dataStart, stored.dataStart + stored.compressedSize))).toBe("hi");
  });

  it("is null for bytes with no ZIP directory", () => {
    expect(listZipEntries(new TextEncoder().encode("PK\u0003\u0004 but nothing else"))).toBeNull();
    expect(listZipEntries(new Uint8Array())).toBeNull();
  });

  it("is null for a ZIP64 size, which no uploadable .docx needs", async () => {
    const bytes = await sampleZip();
    const { view, directory } = firstDirectoryEntry(bytes);
    view.setUint32(directory + 20, 0xffffffff, true);
    expect(listZipEntries(bytes)).toBeNull();
  });

  it("is null when an entry's data would run past the end of the file", async () => {
    const bytes = await sampleZip();
    const { view, directory } = firstDirectoryEntry(bytes);
    view.setUint32(directory + 20, bytes.length, true);
    expect(listZipEntries(bytes)).toBeNull();
  });
});
