import type { BlockKind } from "./block-kinds";

/** What a paragraph is, in a teacher's words: "Heading 1", "Numbered list item", "Caption". */
export function blockKindLabel(kind: BlockKind): string {
  switch (kind.type) {
    case "paragraph":
      return "Paragraph";
    case "heading":
      return `Heading ${kind.level}`;
    case "list-item":
      return kind.ordered ? "Numbered list item" : "List item";
    case "quote":
      return "Quote";
    case "caption":
      return "Caption";
  }
}
