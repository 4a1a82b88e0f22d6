import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { forgeDeclaredSizes } from "@/tests/support/forge-zip-sizes";
import { INFLATE_CHUNK_BYTES, measureUnpackedSize } from "./unpacked-size";
import { listZipEntries } from "./zip-entries";

const MB = 1024 * 1024;

async function zipOf(files: Record<string, string | Uint8Array>, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression });
}

async function measure(archive: Uint8Array, limit: number) {
  const entries = listZipEntries(archive);
  expect(entries).not.toBeNull();
  return measureUnpackedSize(archive, entries!, limit);
}

describe("measureUnpackedSize", () => {
  it("counts what every entry really unpacks to, deflated or stored", async () => {
    const files = { "word/document.xml": "x".repeat(5000), "a.txt": "hello", "b.bin": new Uint8Array(300) };
    expect(await measure(await zipOf(files), MB)).toBe(5305);
    expect(await measure(await zipOf(files, "STORE"), MB)).toBe(5305);
  });

  it("counts the real size of an archive that declares its entries unpack to 10 bytes", async () => {
    const forged = forgeDeclaredSizes(await zipOf({ "word/document.xml": " ".repeat(3 * MB) }), 10);
    expect(listZipEntries(forged)?.[0]?.uncompressedSize).toBe(10);
    expect(await measure(forged, 10 * MB)).toBe(3 * MB);
  });

  it("stops inflating once past the limit, whatever the archive declares: 8 MB of zeros against a 1 MB budget", async () => {
    const forged = forgeDeclaredSizes(await zipOf({ "word/document.xml": new Uint8Array(8 * MB), "word/styles.xml": new Uint8Array(8 * MB) }), 10);
    const counted = await measure(forged, MB);
    expect(counted).toBeGreaterThan(MB);
    expect(counted).toBeLessThanOrEqual(MB + INFLATE_CHUNK_BYTES);
  });

  it("shares one budget across entries: many small entries together past it are over", async () => {
    const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`part${i}.xml`, new Uint8Array(100 * 1024)]));
    const counted = await measure(forgeDeclaredSizes(await zipOf(files), 1), MB);
    expect(counted).toBeGreaterThan(MB);
    expect(counted).toBeLessThanOrEqual(MB + INFLATE_CHUNK_BYTES);
  });

  it("is null for an entry whose deflated data is damaged", async () => {
    const archive = await zipOf({ "word/document.xml": "hello ".repeat(1000) });
    const entry = listZipEntries(archive)![0]!;
    archive.fill(0xff, entry.dataStart, entry.dataStart + 8);
    expect(await measureUnpackedSize(archive, [entry], MB)).toBeNull();
  });

  it("is null for a compression method other than stored or deflated", async () => {
    const archive = await zipOf({ "word/document.xml": "hello" });
    const entry = listZipEntries(archive)![0]!;
    expect(await measureUnpackedSize(archive, [{ ...entry, method: 12 }], MB)).toBeNull();
  });
});
