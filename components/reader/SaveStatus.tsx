"use client";

import type { SaveStatus as Status } from "./annotation-sync";
import { saveStatusText } from "./save-status-text";

interface SaveStatusProps {
  status: Status;
  problemCount: number;
  /** False: this browser keeps nothing past the page, so closing it loses what is waiting. */
  durable: boolean;
  onRetry(): void;
}

/** A quiet line that always tells the truth about the student's work; a screen reader hears changes politely. */
export function SaveStatus({ status, problemCount, durable, onRetry }: SaveStatusProps) {
  const state = problemCount > 0 ? "refused" : status.state;
  const waiting = status.state === "offline" || status.state === "retrying";
  return (
    <div className={`save-status save-status--${state}`}>
      <span className="save-status__dot" aria-hidden="true" />
      <span role="status">{saveStatusText(status, problemCount, durable)}</span>
      {waiting && (
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </div>
  );
}
