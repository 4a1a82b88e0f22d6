import { createInflateRaw } from "node:zlib";
import type { ZipEntry } from "./zip-entries";

/** Output is counted in pieces of this size, so counting stops at most this far past a limit. */
export const INFLATE_CHUNK_BYTES = 256 * 1024;

const STORED = 0;
const DEFLATED = 8;

/**
 * How many bytes `compressed` (raw deflate) inflates to, counted piece by piece and each
 * piece dropped at once, so memory stays small; stops as soon as the count passes `limit`.
 * Null when it is not valid deflate data.
 */
function countInflated(compressed: Uint8Array, limit: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
    let count = 0;
    inflate.on("data", (chunk: Buffer) => {
      count += chunk.length;
      if (count > limit) {
        inflate.destroy();
        resolve(count);
      }
    });
    inflate.on("end", () => resolve(count));
    inflate.on("error", () => resolve(null));
    inflate.end(compressed);
  });
}

/**
 * How many bytes the archive's entries really unpack to, whatever sizes it declares:
 * each entry is inflated and its output counted. Stops once the total passes `limit`
 * (the answer is then over it by at most INFLATE_CHUNK_BYTES). Null when an entry cannot
 * be unpacked: a compression method other than stored or deflated, or damaged data.
 */
export async function measureUnpackedSize(archive: Uint8Array, entries: ZipEntry[], limit: number): Promise<number | null> {
  let total = 0;
  for (const entry of entries) {
    const data = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let size: number | null = null;
    if (entry.method === STORED) size = data.length;
    else if (entry.method === DEFLATED) size = await countInflated(data, limit - total);
    if (size === null) return null;
    total += size;
    if (total > limit) return total;
  }
  return total;
}
