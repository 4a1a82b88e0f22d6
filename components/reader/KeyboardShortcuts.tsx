"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";

interface KeyboardShortcutsProps {
  tags: TagDefinition[];
  /** The reader may tag: the selecting and tagging keys are listed too. */
  canTag: boolean;
}

/** Where a key press is typing (a field, an editable element), not a shortcut; the read-only article is not. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest("[aria-readonly='true']")) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["button", "checkbox", "radio", "submit", "reset", "file"].includes(target.type);
  return target.isContentEditable;
}

const Keys = ({ children }: { children: ReactNode }) => <span className="keyboard-shortcuts__keys">{children}</span>;

/**
 * "Keyboard shortcuts": a button in the reader's bar, and `?` anywhere on the page but a field,
 * open the list of every key the reader answers to, in a modal dialog; closing it puts focus
 * back where it was.
 */
export function KeyboardShortcuts({ tags, canTag }: KeyboardShortcutsProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openedFrom = useRef<HTMLElement | null>(null);

  const show = () => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    openedFrom.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.showModal();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      show();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const tagKeys = tags.slice(0, 9);
  return (
    <>
      <button type="button" className="keyboard-shortcuts__open" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={show}>
        Keyboard shortcuts
      </button>
      <dialog
        ref={dialogRef}
        className="confirm-dialog keyboard-shortcuts"
        aria-labelledby="keyboard-shortcuts-heading"
        onKeyDown={(event) => {
          // Escape closes this list only, not a highlight open behind it.
          if (event.key === "Escape") event.stopPropagation();
        }}
        onClose={() => {
          const back = openedFrom.current;
          openedFrom.current = null;
          if (back?.isConnected) back.focus({ preventScroll: true });
        }}
      >
        <h2 id="keyboard-shortcuts-heading">Keyboard shortcuts</h2>
        <dl className="keyboard-shortcuts__list">
          <dt>
            <Keys>
              <kbd>Tab</kbd>, <kbd>Shift</kbd>+<kbd>Tab</kbd>
            </Keys>
          </dt>
          <dd>Move between the article, the tag toolbar, the open highlight and the list of highlights.</dd>
          <dt>
            <Keys>Arrow keys</Keys>
          </dt>
          <dd>Move the caret in the article.</dd>
          {canTag && (
            <>
              <dt>
                <Keys>
                  <kbd>Shift</kbd>+arrow keys
                </Keys>
              </dt>
              <dd>Select text in the article.</dd>
              <dt>
                <Keys>
                  <kbd>1</kbd>–<kbd>{tagKeys.length}</kbd>
                </Keys>
              </dt>
              <dd>
                Tag the selected text: {tagKeys.map((tag, index) => `${index + 1} ${tag.label}`).join(", ")}.
              </dd>
              <dt>
                <Keys>
                  <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd>, <kbd>Home</kbd>, <kbd>End</kbd>
                </Keys>
              </dt>
              <dd>In the tag toolbar: move between its tags (Enter or Space chooses one).</dd>
            </>
          )}
          <dt>
            <Keys>
              <kbd>Enter</kbd>
            </Keys>
          </dt>
          <dd>Open the highlight at the caret: its tag, note{canTag ? ", and the controls to change or delete it" : ""}.</dd>
          <dt>
            <Keys>
              <kbd>]</kbd> and <kbd>[</kbd>
            </Keys>
          </dt>
          <dd>Go to the next or the previous highlight in the article.</dd>
          <dt>
            <Keys>
              <kbd>Escape</kbd>
            </Keys>
          </dt>
          <dd>Close the open highlight (focus goes back to where you opened it), the tag toolbar or this list.</dd>
          <dt>
            <Keys>
              <kbd>?</kbd>
            </Keys>
          </dt>
          <dd>Show this list.</dd>
        </dl>
        <form method="dialog" className="dialog-buttons">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
