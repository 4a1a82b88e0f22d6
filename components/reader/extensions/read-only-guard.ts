import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

const readOnlyGuardKey = new PluginKey<boolean>("readOnlyGuard");

/**
 * Focuses a guarded view. ProseMirror's view.focus() does nothing while the view is not
 * editable, and it is not until it has focus; the focus event makes it editable and puts
 * the caret where the state's selection is.
 */
export function focusGuardedView(view: EditorView): void {
  view.dom.focus({ preventScroll: true });
}

/**
 * Keeps the article unchangeable while the editor stays focusable, so keyboard users
 * get a caret and can select with Shift+arrows (an `editable: false` view has neither).
 * Native edits are stopped before they touch the DOM; any transaction that would
 * still change the document is dropped.
 *
 * The element is contenteditable only while it has focus: Chromium reports any
 * contenteditable as an editable field whatever its aria-readonly says, so screen readers
 * reading the page meet a read-only article; once focused it takes the caret.
 */
export const ReadOnlyGuard = Extension.create({
  name: "readOnlyGuard",
  addProseMirrorPlugins() {
    const stop = (_view: unknown, event: Event) => {
      event.preventDefault();
      return true;
    };
    return [
      new Plugin<boolean>({
        key: readOnlyGuardKey,
        filterTransaction: (transaction) => !transaction.docChanged,
        state: {
          init: () => false,
          apply: (tr, focused) => (tr.getMeta(readOnlyGuardKey) as boolean | undefined) ?? focused,
        },
        props: {
          editable: (state) => readOnlyGuardKey.getState(state) ?? false,
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: stop,
            cut: stop,
            dragstart: stop,
            focus: (view) => {
              if (!readOnlyGuardKey.getState(view.state)) view.dispatch(view.state.tr.setMeta(readOnlyGuardKey, true));
              return false;
            },
            blur: (view) => {
              if (readOnlyGuardKey.getState(view.state)) view.dispatch(view.state.tr.setMeta(readOnlyGuardKey, false));
              return false;
            },
          },
        },
      }),
    ];
  },
});
