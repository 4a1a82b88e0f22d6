"use client";

import { useEffect, useId, useRef, useState } from "react";

interface UndoToastProps {
  message: string;
  /** How long it stays, not counting while the pointer or focus is in it. */
  durationMs?: number;
  onUndo(): void;
  /** It timed out, or the student closed it: what it offered to undo stands. */
  onDismiss(reason: "expired" | "closed"): void;
}

/**
 * A few seconds to take an action back. Focus moves to "Undo" when it appears, so a keyboard
 * user is one Enter away; it does not time out while focus or the pointer is in it (a
 * student reading it, or about to press, is not rushed: WCAG 2.2.1), and Escape closes it.
 */
export function UndoToast({ message, durationMs = 8000, onUndo, onDismiss }: UndoToastProps) {
  const messageId = useId();
  const undoRef = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState({ focus: false, pointer: false });
  const paused = held.focus || held.pointer;

  useEffect(() => {
    undoRef.current?.focus();
  }, []);

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss("expired"), durationMs);
    return () => clearTimeout(timer);
  }, [paused, durationMs, onDismiss]);

  return (
    <div
      className="toast"
      role="group"
      aria-labelledby={messageId}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld((h) => ({ ...h, focus: false }));
      }}
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        onDismiss("closed");
      }}
    >
      <p id={messageId} className="toast__message">
        {message}
      </p>
      <button ref={undoRef} type="button" className="toast__action" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="icon-button" aria-label="Close" onClick={() => onDismiss("closed")}>
        ×
      </button>
    </div>
  );
}
