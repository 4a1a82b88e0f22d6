/** One reader's tagged span: UTF-16 offsets into the assignment's text, end exclusive. */
export interface ReaderSpan {
  reader: string;
  tag: string;
  start: number;
  end: number;
}

/** A stretch of text where the set of (reader, tag) covering it does not change. */
export interface Segment {
  start: number;
  end: number;
  /** Readers who tagged this stretch with each tag (a reader counts once per tag, however many of their spans overlap). */
  counts: Record<string, number>;
  /** Readers who tagged this stretch with any tag. */
  covering: number;
}

/**
 * One sweep over every reader's spans: sort the 2n boundaries, walk them once, and cut a
 * segment wherever some (reader, tag) starts or stops covering the text. O(n log n) in
 * the number of spans, whatever the length of the text or the number of readers; stretches
 * nobody tagged are left out, so the segments tile exactly the covered text.
 */
export function segment(spans: readonly ReaderSpan[]): Segment[] {
  const readers = new Map<string, number>();
  const tags = new Map<string, number>();
  const kept = spans.filter((span) => {
    checkSpan(span);
    return span.end > span.start;
  });
  for (const span of kept) {
    indexOf(readers, span.reader);
    indexOf(tags, span.tag);
  }
  const tagCount = tags.size;
  // Each boundary is one number, offset * 2^(key bits + 1) + key * 2 + (1 for a start), so a
  // native numeric sort orders them; a (reader, tag) key is reader * tags + tag.
  const keyBits = Math.max(1, Math.ceil(Math.log2(readers.size * tagCount + 1)));
  const scale = 2 ** (keyBits + 1);
  const boundaries = new Float64Array(kept.length * 2);
  kept.forEach((span, i) => {
    const key = readers.get(span.reader)! * tagCount + tags.get(span.tag)!;
    boundaries[2 * i] = span.start * scale + key * 2 + 1;
    boundaries[2 * i + 1] = span.end * scale + key * 2;
  });
  boundaries.sort();

  const tagNames = [...tags.keys()];
  const depth = new Int32Array(readers.size * tagCount);
  // The depth each key had before the current offset, stamped with the offset it was saved at.
  const depthBefore = new Int32Array(depth.length);
  const savedAt = new Float64Array(depth.length).fill(-1);
  const activeTagsOfReader = new Int32Array(readers.size);
  const readersWithTag = new Int32Array(tagCount);
  const touched: number[] = [];
  let covering = 0;
  const segments: Segment[] = [];
  let open: number | null = null;
  for (let i = 0; i < boundaries.length; ) {
    const at = Math.floor(boundaries[i]! / scale);
    touched.length = 0;
    // Every boundary at one offset is applied before deciding whether the set changed, so a
    // span that ends exactly where the same reader's same-tag span begins cuts nothing.
    for (; i < boundaries.length && Math.floor(boundaries[i]! / scale) === at; i++) {
      const rest = boundaries[i]! - at * scale;
      const key = rest >>> 1;
      if (savedAt[key] !== at) {
        savedAt[key] = at;
        depthBefore[key] = depth[key]!;
        touched.push(key);
      }
      depth[key]! += rest & 1 ? 1 : -1;
    }
    let changed = false;
    for (const key of touched) {
      const now = depth[key]! > 0;
      if (now === depthBefore[key]! > 0) continue;
      if (!changed && open !== null && open < at) segments.push(snapshot(open, at, tagNames, readersWithTag, covering));
      changed = true;
      const step = now ? 1 : -1;
      readersWithTag[key % tagCount]! += step;
      const reader = Math.floor(key / tagCount);
      const wasCovering = activeTagsOfReader[reader]! > 0;
      activeTagsOfReader[reader]! += step;
      if (wasCovering !== activeTagsOfReader[reader]! > 0) covering += step;
    }
    if (changed) open = covering > 0 ? at : null;
  }
  return segments;
}

function snapshot(start: number, end: number, tagNames: string[], tagCount: Int32Array, covering: number): Segment {
  const counts: Record<string, number> = {};
  tagNames.forEach((name, index) => {
    if (tagCount[index]! > 0) counts[name] = tagCount[index]!;
  });
  return { start, end, counts, covering };
}

function indexOf(table: Map<string, number>, name: string): number {
  let index = table.get(name);
  if (index === undefined) {
    index = table.size;
    table.set(name, index);
  }
  return index;
}

function checkSpan(span: ReaderSpan): void {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start) {
    throw new RangeError(`A span must have whole-number offsets with 0 <= start <= end; got [${span.start}, ${span.end}).`);
  }
}
