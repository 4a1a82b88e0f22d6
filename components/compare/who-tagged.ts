import type { ComparisonDto } from "@/lib/classes/comparison-schemas";

export interface WhoTagged {
  /** Reader names per tag id. */
  byTag: Map<string, string[]>;
  untagged: string[];
}

/**
 * Who tagged a stretch how. A segment's set of (reader, tag) is the same all along it, so a
 * span covers the whole segment exactly when it covers its first character.
 */
export function whoTagged(readings: ComparisonDto["readings"], start: number, tag: string | null): WhoTagged {
  const byTag = new Map<string, string[]>();
  const untagged: string[] = [];
  for (const { reader, spans } of readings) {
    const tags = [...new Set(spans.filter((s) => s.start <= start && start < s.end && (tag === null || s.tag === tag)).map((s) => s.tag))];
    if (tags.length === 0) untagged.push(reader.name);
    for (const t of tags) byTag.set(t, [...(byTag.get(t) ?? []), reader.name]);
  }
  return { byTag, untagged };
}
