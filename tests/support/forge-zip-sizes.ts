import JSZip from "jszip";

const END_OF_DIRECTORY = 0x06054b50;

/**
 * A copy of `zip` in which the entries `only` picks (all, by default) declare `declared` as
 * their unpacked size, in the local header and in the central directory, as a forged
 * archive (a zip bomb that lies) would. The compressed data is left alone, so it still
 * unpacks to what it really holds.
 */
export function forgeDeclaredSizes(zip: Uint8Array, declared: number, only: (name: string) => boolean = () => true): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new Error("not a ZIP archive");
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    if (only(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)))) {
      view.setUint32(at + 24, declared, true);
      view.setUint32(view.getUint32(at + 42, true) + 22, declared, true);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

/**
 * A zip bomb that lies: `docx` with `padding` bytes of spaces after the end of
 * word/document.xml (still well-formed XML), which declares the size it had before.
 * Every other part is honest, so a reader that trusts the sizes inflates all of it.
 */
export async function forgedDocxBomb(docx: Uint8Array, padding: number): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(docx);
  const xml = new TextEncoder().encode(await zip.file("word/document.xml")!.async("string"));
  const padded = new Uint8Array(xml.length + padding).fill(0x20);
  padded.set(xml);
  zip.file("word/document.xml", padded);
  const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
  return forgeDeclaredSizes(bomb, xml.length, (name) => name === "word/document.xml");
}
