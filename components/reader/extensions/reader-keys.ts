import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

export interface ReaderKeyHandlers {
  /** A digit key 1-9 was pressed with text selected; return true if it tagged something. */
  onTagKey(index: number): boolean;
  /** Enter on a collapsed selection, or a click without a drag, at a ProseMirror position. */
  onActivate(position: number, target: EventTarget | null): boolean;
  onEscape(): boolean;
  /** `]` (1) or `[` (-1): the caret moves to the next or previous highlight from `position`. */
  onStep(direction: 1 | -1, position: number): boolean;
}

/**
 * The reader's keyboard: 1-9 tag the selection, Enter opens the highlights under the
 * caret, `[` and `]` move to the previous and next highlight, Escape closes what is open. Handlers come through a getter so React can
 * change them without rebuilding the editor.
 */
export const ReaderKeys = Extension.create<{ getHandlers: (() => ReaderKeyHandlers) | null }>({
  name: "readerKeys",
  addOptions: () => ({ getHandlers: null }),
  addProseMirrorPlugins() {
    const getHandlers = this.options.getHandlers;
    if (!getHandlers) throw new Error("ReaderKeys needs getHandlers");
    return [
      new Plugin({
        key: new PluginKey("readerKeys"),
        props: {
          handleKeyDown(view, event) {
            if (event.ctrlKey || event.metaKey || event.altKey) return false;
            const { selection } = view.state;
            if (/^[1-9]$/.test(event.key) && !selection.empty) return getHandlers().onTagKey(Number(event.key) - 1);
            if (event.key === "Enter" && selection.empty) return getHandlers().onActivate(selection.from, null);
            if (event.key === "Escape") return getHandlers().onEscape();
            if (event.key === "]" || event.key === "[") return getHandlers().onStep(event.key === "]" ? 1 : -1, selection.head);
            return false;
          },
          handleClick(_view, position, event) {
            getHandlers().onActivate(position, event.target);
            return false; // let ProseMirror place the caret as usual
          },
        },
      }),
    ];
  },
});
