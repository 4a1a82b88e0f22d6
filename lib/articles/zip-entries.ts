export interface ZipEntry {
  name: string;
  /** As the archive declares it: a forged archive can say anything here. */
  uncompressedSize: number;
  /** 0 stored, 8 deflated; anything else Word never writes. */
  method: number;
  /** Where the entry's compressed bytes are, found as JSZip (inside mammoth) finds them. */
  dataStart: number;
  compressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
// A ZIP64 archive puts this in a 32-bit field and the real value elsewhere. A .docx small
// enough to upload never needs ZIP64, so such an archive is refused rather than half-read.
const ZIP64_MARKER = 0xffffffff;

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** Where an entry's data begins after its local header, or -1 when the header is not there. */
function dataStartAt(view: DataView, headerAt: number): number {
  if (headerAt + 30 > view.byteLength || view.getUint32(headerAt, true) !== LOCAL_HEADER) return -1;
  return headerAt + 30 + view.getUint16(headerAt + 26, true) + view.getUint16(headerAt + 28, true);
}

/**
 * The entries a ZIP archive's central directory lists, each with where its data is, or
 * null when `bytes` holds no readable ZIP directory (or a ZIP64 one, or an entry whose
 * data lies outside the file). Reads only headers: nothing is decompressed.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return null;
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const headerAt = view.getUint32(at + 42, true);
    if ([compressedSize, uncompressedSize, headerAt].includes(ZIP64_MARKER)) return null;
    const dataStart = dataStartAt(view, headerAt);
    if (dataStart < 0 || dataStart + compressedSize > bytes.length) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      uncompressedSize,
      method: view.getUint16(at + 10, true),
      dataStart,
      compressedSize,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
