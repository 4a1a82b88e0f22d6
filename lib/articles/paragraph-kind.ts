import type { BlockKind } from "./block-kinds";

/**
 * How a non-heading block is drawn: still a plain paragraph in the document (so every
 * top-level node stays a textblock and offsets map by arithmetic), told apart by a class.
 */
export type ParagraphKind = "list-item" | "ordered-list-item" | "quote" | "caption";

export const PARAGRAPH_KINDS: readonly ParagraphKind[] = ["list-item", "ordered-list-item", "quote", "caption"];

/** The paragraph kind a block is drawn as, or null for a plain paragraph (and for a heading). */
export function paragraphKindOf(kind: BlockKind | undefined): ParagraphKind | null {
  switch (kind?.type) {
    case "quote":
      return "quote";
    case "caption":
      return "caption";
    case "list-item":
      return kind.ordered ? "ordered-list-item" : "list-item";
    case "heading":
    case "paragraph":
    case undefined:
      return null;
  }
}

/** The class a paragraph of that kind carries, in the editor and in the server-rendered text. */
export function paragraphKindClass(kind: ParagraphKind): string {
  return `block-${kind}`;
}
