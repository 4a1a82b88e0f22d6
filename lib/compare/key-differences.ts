export interface KeyedSpan {
  id: string;
  start: number;
  end: number;
  tag: string;
}

export interface KeyDifferences {
  /** Ids of key spans that no span of the reader's with the same tag touches. */
  missed: string[];
  /** Ids of the reader's spans that no key span with the same tag touches. */
  added: string[];
}

/** What a reader missed of the key, and what they tagged that the key does not have. */
export function keyDifferences(reader: readonly KeyedSpan[], key: readonly KeyedSpan[]): KeyDifferences {
  return { missed: unmatched(key, reader), added: unmatched(reader, key) };
}

function unmatched(spans: readonly KeyedSpan[], against: readonly KeyedSpan[]): string[] {
  return spans.filter((span) => !against.some((other) => other.tag === span.tag && other.start < span.end && span.start < other.end)).map((span) => span.id);
}
