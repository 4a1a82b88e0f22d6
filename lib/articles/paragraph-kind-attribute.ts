import { Extension } from "@tiptap/core";
import { PARAGRAPH_KINDS, paragraphKindClass, type ParagraphKind } from "./paragraph-kind";

function kindFromElement(element: HTMLElement): ParagraphKind | null {
  return PARAGRAPH_KINDS.find((kind) => element.classList.contains(paragraphKindClass(kind))) ?? null;
}

/** Gives paragraphs a `kind` (list item, numbered list item, quote, caption) drawn as a class. */
export const ParagraphKindAttribute = Extension.create({
  name: "paragraphKind",
  addGlobalAttributes() {
    return [
      {
        types: ["paragraph"],
        attributes: {
          kind: {
            default: null,
            parseHTML: kindFromElement,
            renderHTML: (attributes: { kind?: ParagraphKind | null }) =>
              attributes.kind ? { class: paragraphKindClass(attributes.kind) } : {},
          },
        },
      },
    ];
  },
});
