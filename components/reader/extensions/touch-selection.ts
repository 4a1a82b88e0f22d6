import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/** The document's selection as ProseMirror positions, when both of its ends lie in this editor. */
function domSelectionIn(view: EditorView): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    return { anchor: view.posAtDOM(selection.anchorNode, selection.anchorOffset), head: view.posAtDOM(selection.focusNode, selection.focusOffset) };
  } catch {
    return null; // an end inside a node ProseMirror does not map (a widget): leave the selection alone
  }
}

/**
 * A touch selection (long-press and drag the handles) ends with no mouseup, and a platform may make
 * it without focusing the article; ProseMirror only reads the page's selection while it has focus.
 * So `selectionchange` is heard here too, and a selection made in the unfocused article becomes the
 * editor's, which shows the tag toolbar as a mouse or keyboard selection does.
 */
export const TouchSelection = Extension.create({
  name: "touchSelection",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("touchSelection"),
        view(view) {
          const document = view.dom.ownerDocument;
          const adopt = () => {
            if (view.hasFocus()) return; // ProseMirror follows its own selection
            const ends = domSelectionIn(view);
            if (!ends) return;
            const current = view.state.selection;
            if (current.anchor === ends.anchor && current.head === ends.head) return;
            view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, ends.anchor, ends.head)));
          };
          document.addEventListener("selectionchange", adopt);
          return { destroy: () => document.removeEventListener("selectionchange", adopt) };
        },
      }),
    ];
  },
});
