"use client";

import type { SaveStatus as Status } from "./annotation-sync";

const messages: Record<Status["state"], string> = {
  saved: "All changes saved",
  saving: "Saving…",
  retrying: "Not saved yet, will retry",
  refused: "A change could not be saved",
};

/** A quiet line saying whether the student's work is safe; a screen reader hears changes politely. */
export function SaveStatus({ status, onRetry }: { status: Status; onRetry(): void }) {
  return (
    <div className={`save-status save-status--${status.state}`}>
      <span className="save-status__dot" aria-hidden="true" />
      <span role="status">
        {messages[status.state]}
        {"message" in status && `: ${status.message}`}
        {status.state === "refused" && " Showing what is saved."}
      </span>
      {status.state === "retrying" && (
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </div>
  );
}
