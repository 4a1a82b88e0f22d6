import Heading from "@tiptap/extension-heading";

/** Headings as content only: the reader cannot edit, so no shortcuts or "# " input rules. */
export const ArticleHeading = Heading.extend({
  addKeyboardShortcuts: () => ({}),
  addInputRules: () => [],
});
