import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/** Where the caret is drawn, inside the editor's wrapper: left, top and height in its coordinates, or null to hide it. */
function caretBox(view: EditorView, host: HTMLElement): { left: number; top: number; height: number } | null {
  const { selection } = view.state;
  if (!selection.empty || view.dom.ownerDocument.activeElement !== view.dom) return null;
  const coords = view.coordsAtPos(selection.head);
  const origin = host.getBoundingClientRect();
  return { left: coords.left - origin.left, top: coords.top - origin.top, height: coords.bottom - coords.top };
}

/**
 * The caret of a view that is never editable (ReadOnlyGuard): browsers draw none in text that is
 * not editable, so a keyboard user would not see where the arrow keys have taken them. Drawn beside
 * the editor's element, not in it, so ProseMirror's DOM and the text's offsets are untouched.
 */
export const ArticleCaret = Extension.create({
  name: "articleCaret",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("articleCaret"),
        view(view) {
          const host = view.dom.parentElement;
          if (!host) return {};
          host.classList.add("article-caret-host");
          const caret = host.ownerDocument.createElement("div");
          caret.className = "article-caret";
          caret.setAttribute("aria-hidden", "true");
          host.appendChild(caret);
          const draw = () => {
            const box = caretBox(view, host);
            caret.hidden = box === null;
            if (!box) return;
            caret.style.transform = `translate(${box.left}px, ${box.top}px)`;
            caret.style.height = `${box.height}px`;
            // Restarts the blink, so the caret is seen at once where it moved to.
            caret.style.animation = "none";
            void caret.offsetWidth;
            caret.style.animation = "";
          };
          view.dom.addEventListener("focus", draw);
          view.dom.addEventListener("blur", draw);
          window.addEventListener("resize", draw);
          draw();
          return {
            update: draw,
            destroy() {
              view.dom.removeEventListener("focus", draw);
              view.dom.removeEventListener("blur", draw);
              window.removeEventListener("resize", draw);
              caret.remove();
              host.classList.remove("article-caret-host");
            },
          };
        },
      }),
    ];
  },
});
