"use client";

import type { SaveStatus as Status } from "./annotation-sync";

const changes = (count: number) => (count === 1 ? "1 change" : `${count} changes`);

function describe(status: Status): string {
  switch (status.state) {
    case "untouched":
      return "Highlights save as you make them.";
    case "saved":
      return "All changes saved.";
    case "saving":
      return `Saving ${changes(status.count)}…`;
    case "offline":
      return `Offline: ${changes(status.count)} waiting on this device. They are sent when the connection is back.`;
    case "retrying":
      return `Not saved yet: ${changes(status.count)} waiting (${status.message.replace(/\.$/, "")}). Trying again shortly.`;
  }
}

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
      <span role="status">
        {describe(status)}
        {problemCount > 0 && ` ${changes(problemCount)} could not be saved: see below.`}
        {waiting && !durable && " This browser cannot keep them if you close the page."}
      </span>
      {waiting && (
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </div>
  );
}
