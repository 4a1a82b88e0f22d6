import { Selection, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

type Direction = "forward" | "backward";
/** Selection.modify's granularities that the reader's keys use. */
type Granularity = "character" | "word" | "line" | "paragraph" | "lineboundary";

/** Each caret key: which way, by how much, and by how much with Ctrl held. */
const CARET_KEYS: Record<string, [Direction, Granularity, Granularity]> = {
  ArrowRight: ["forward", "character", "word"],
  ArrowLeft: ["backward", "character", "word"],
  ArrowDown: ["forward", "line", "paragraph"],
  ArrowUp: ["backward", "line", "paragraph"],
  End: ["forward", "lineboundary", "lineboundary"],
  Home: ["backward", "lineboundary", "lineboundary"],
};

const inside = (view: EditorView, node: Node | null) => node !== null && view.dom.contains(node);

/** The document's selection, as ProseMirror positions, into the editor's state at once (selectionchange comes later). */
function readDomSelection(view: EditorView): void {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || !inside(view, selection.anchorNode) || !inside(view, selection.focusNode)) return;
  const anchor = view.posAtDOM(selection.anchorNode!, selection.anchorOffset);
  const head = view.posAtDOM(selection.focusNode!, selection.focusOffset);
  const next = TextSelection.between(view.state.doc.resolve(anchor), view.state.doc.resolve(head));
  if (!next.eq(view.state.selection)) view.dispatch(view.state.tr.setSelection(next).scrollIntoView());
}

/**
 * Moves the caret or extends the selection of a view that is never editable (so the browser gives
 * it no caret keys): the arrows, Home and End through the browser's own Selection.modify (lines as
 * they are laid out, words as the language has them), Ctrl+Home and Ctrl+End to either end of the
 * article. Shift extends. Returns false for any other key.
 */
export function moveSelectionByKey(view: EditorView, event: KeyboardEvent): boolean {
  if (event.altKey || event.metaKey) return false;
  const { doc } = view.state;
  if (event.ctrlKey && (event.key === "Home" || event.key === "End")) {
    const end = event.key === "Home" ? Selection.atStart(doc) : Selection.atEnd(doc);
    const next = event.shiftKey ? TextSelection.create(doc, view.state.selection.anchor, end.head) : end;
    view.dispatch(view.state.tr.setSelection(next).scrollIntoView());
    return true;
  }
  const move = CARET_KEYS[event.key];
  const selection = view.dom.ownerDocument.getSelection();
  if (!move || !selection) return false;
  if (!inside(view, selection.focusNode)) {
    // Focused but the document's selection is elsewhere: start from the editor's own.
    const { node, offset } = view.domAtPos(view.state.selection.head);
    selection.collapse(node, offset);
  }
  const [direction, granularity, withCtrl] = move;
  selection.modify(event.shiftKey ? "extend" : "move", direction, event.ctrlKey ? withCtrl : granularity);
  readDomSelection(view);
  return true;
}
