import type { TagDefinition } from "@/lib/annotations/tags";
import { TagBadge } from "@/components/reader/TagBadge";

/**
 * How the class split on a passage: one bar per tag and one for "not tagged", each with its
 * count in words, so the bars are a picture of the numbers, never the only way to read them.
 */
export function SplitBars({ split, tags, readers, large = false }: { split: Record<string, number>; tags: TagDefinition[]; readers: number; large?: boolean }) {
  const rows = [
    ...tags.filter((tag) => (split[tag.id] ?? 0) > 0).map((tag) => ({ key: tag.id, label: <TagBadge tag={tag} />, color: tag.color, count: split[tag.id]! })),
    ...((split.none ?? 0) > 0 ? [{ key: "none", label: <span className="tag-badge">Not tagged</span>, color: "none", count: split.none! }] : []),
  ];
  return (
    <dl className={`split-bars${large ? " split-bars--large" : ""}`}>
      {rows.map((row) => (
        <div key={row.key} className="split-row">
          <dt>{row.label}</dt>
          <dd>
            {/* The bar is a share of its track, not of the row: the count beside it would shrink every bar unequally. */}
            <span className="split-track" aria-hidden="true">
              <span className={`split-bar tag-color-${row.color}`} style={{ inlineSize: `${readers > 0 ? (row.count / readers) * 100 : 0}%` }} />
            </span>
            <span className="split-count">
              {row.count} of {readers}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
