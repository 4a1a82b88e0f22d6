/**
 * The element level an article heading is drawn at in the reader: one below its own, so the
 * page's title stays the only h1 (an imported "# Title" becomes an h2). Stored blocks and
 * exports keep the article's own levels; HTML has nothing below h6.
 */
export function readerHeadingLevel(level: number): number {
  return Math.min(level + 1, 6);
}
