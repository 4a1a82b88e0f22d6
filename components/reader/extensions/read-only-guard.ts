import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * Keeps the article unchangeable while the editor stays focusable, so keyboard users
 * get a caret and can select with Shift+arrows (an `editable: false` view has neither).
 * Native edits are stopped before they touch the DOM; any transaction that would
 * still change the document is dropped.
 */
export const ReadOnlyGuard = Extension.create({
  name: "readOnlyGuard",
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
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: { beforeinput: stop, cut: stop, dragstart: stop },
        },
      }),
    ];
  },
});
