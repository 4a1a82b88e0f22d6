import { mergeAttributes } from "@tiptap/core";
import Heading from "@tiptap/extension-heading";
import { readerHeadingLevel } from "./reader-heading-level";

/**
 * Headings as content only: the reader cannot edit, so no shortcuts or "# " input rules.
 * Drawn one level down (readerHeadingLevel) beneath the page's own h1.
 */
export const ArticleHeading = Heading.extend({
  addKeyboardShortcuts: () => ({}),
  addInputRules: () => [],
  renderHTML({ node, HTMLAttributes }) {
    const level = Number(node.attrs.level);
    return [`h${readerHeadingLevel(level)}`, mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },
});
