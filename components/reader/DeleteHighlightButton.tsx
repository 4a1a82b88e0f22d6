"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

interface DeleteHighlightButtonProps {
  /** The teacher has given feedback on it (the student does not see what it says until the work is returned). */
  feedbackGiven: boolean;
  onDelete(): void;
}

/**
 * "Delete highlight", asked first: the question replaces the button, focus moves to the
 * safe answer, Escape or "Keep it" goes back. When the teacher has given feedback the
 * question says the teacher will still see the highlight with it.
 */
export function DeleteHighlightButton({ feedbackGiven, onDelete }: DeleteHighlightButtonProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) deleteRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={deleteRef} type="button" className="danger-button" onClick={() => setAsking(true)}>
        Delete highlight
      </button>
    );
  }
  const keepOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    // Only this question closes, not the popover around it.
    event.stopPropagation();
    event.nativeEvent.stopImmediatePropagation();
    setAsking(false);
  };
  return (
    <div role="alertdialog" aria-labelledby={`${id}-question`} aria-describedby={`${id}-detail`} className="delete-confirm" onKeyDown={keepOnEscape}>
      <p id={`${id}-question`} className="delete-confirm__question">
        Delete this highlight?
      </p>
      <p id={`${id}-detail`}>
        {feedbackGiven
          ? "Your teacher has already given feedback on it. If you delete it, your teacher will still see it, with their feedback, marked as deleted by you."
          : "Its tag and note go with it."}
      </p>
      <div className="dialog-buttons">
        <button type="button" className="danger-button" onClick={onDelete}>
          Yes, delete it
        </button>
        <button ref={keepRef} type="button" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
