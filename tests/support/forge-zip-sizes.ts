import JSZip from "jszip";

const END_OF_DIRECTORY = 0x06054b50;

/**
 * A copy of `zip` whose every entry declares `declared` as its unpacked size, in its local
 * header and in the central directory, as a forged archive (a zip bomb that lies) would.
 * The compressed data is left alone, so it still unpacks to what it really holds.
 */
export function forgeDeclaredSizes(zip: Uint8Array, declared: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new Error("not a ZIP archive");
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    view.setUint32(at + 24, declared, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, declared, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

/**
 * A zip bomb that lies: `docx` with `padding` bytes of spaces after the end of
 * word/document.xml (still well-formed XML), every size declared as 1 KB.
 */
export async function forgedDocxBomb(docx: Uint8Array, padding: number): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(docx);
  const xml = new TextEncoder().encode(await zip.file("word/document.xml")!.async("string"));
  const padded = new Uint8Array(xml.length + padding).fill(0x20);
  padded.set(xml);
  zip.file("word/document.xml", padded);
  return forgeDeclaredSizes(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } }), 1024);
}
