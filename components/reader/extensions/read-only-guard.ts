import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { ArticleCaret } from "./article-caret";
import { moveSelectionByKey } from "./selection-keys";

/**
 * Focuses a guarded view. ProseMirror's view.focus() does nothing while the view is not
 * editable, and it never is; it is focusable through its tabindex.
 */
export function focusGuardedView(view: EditorView): void {
  view.dom.focus({ preventScroll: true });
}

/**
 * Keeps the article unchangeable while it stays focusable and selectable from the keyboard.
 *
 * The view is never editable (never contenteditable): Chromium exposes any contenteditable
 * element as an editable field, readonly=false, whatever its role and aria-readonly say, and
 * a screen reader then offers to type. Without contenteditable the browser gives no caret and
 * no Shift+arrow selection, so this plugin supplies them: the arrow keys, Home and End move the
 * document's selection (selection-keys.ts), ProseMirror reads it, and ArticleCaret draws the
 * caret. ProseMirror runs no key handlers on a view that is not editable, so the handleKeyDown
 * props (the reader's keys) are run from here. Any transaction that would change the document
 * is still dropped.
 */
export const ReadOnlyGuard = Extension.create({
  name: "readOnlyGuard",
  addExtensions: () => [ArticleCaret],
  addProseMirrorPlugins() {
    const stop = (_view: unknown, event: Event) => {
      event.preventDefault();
      return true;
    };
    return [
      new Plugin({
        key: new PluginKey("readOnlyGuard"),
        filterTransaction: (transaction) => !transaction.docChanged,
        props: {
          editable: () => false,
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: stop,
            cut: stop,
            dragstart: stop,
            keydown: (view, event) => {
              const handled = view.someProp("handleKeyDown", (handle) => handle(view, event)) ?? moveSelectionByKey(view, event);
              if (handled) event.preventDefault();
              return handled;
            },
          },
        },
      }),
    ];
  },
});
