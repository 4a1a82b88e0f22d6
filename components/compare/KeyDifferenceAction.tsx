"use client";

import { useState } from "react";
import type { KeyActionOutcome } from "./key-feedback-actions";

interface KeyDifferenceActionProps {
  /** What the button says before it is pressed. */
  label: string;
  /** What it says once done ("Added", "Marked"). */
  doneLabel: string;
  /** Added to the visible label in the button's name, so each button in a list has a name of its own. */
  context: string;
  /** Set when the work is already done (the line is in the comment, the verdict given). */
  alreadyDone?: string | null;
  run(): Promise<KeyActionOutcome>;
}

type State = { kind: "idle" } | { kind: "pending" } | { kind: "done"; text: string } | { kind: "error"; text: string };

/**
 * A one-click action on a key difference. The button stays in place in every state and only
 * says it is unavailable (aria-disabled), so focus never drops to the page while it works or
 * once it is done; the outcome is announced beside it, errors in the API's own words.
 */
export function KeyDifferenceAction({ label, doneLabel, context, alreadyDone = null, run }: KeyDifferenceActionProps) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const shown: State = state.kind === "idle" && alreadyDone ? { kind: "done", text: alreadyDone } : state;
  const unavailable = shown.kind === "pending" || shown.kind === "done";
  const text = shown.kind === "done" ? doneLabel : shown.kind === "pending" ? "Saving…" : label;

  const press = async () => {
    if (unavailable) return;
    setState({ kind: "pending" });
    const outcome = await run().catch((error: unknown): KeyActionOutcome => ({ ok: false, text: error instanceof Error ? error.message : "Something went wrong." }));
    setState(outcome.ok ? { kind: "done", text: outcome.text } : { kind: "error", text: outcome.text });
  };

  return (
    <span className="key-action">
      <button type="button" className="key-action__button" aria-disabled={unavailable || undefined} aria-label={`${text}: ${context}`} onClick={() => void press()}>
        {shown.kind === "done" && <span aria-hidden="true">✓ </span>}
        {text}
      </button>
      <span aria-live="polite" className="key-action__status muted">
        {shown.kind === "done" && shown.text}
      </span>
      {shown.kind === "error" && (
        <span role="alert" className="key-action__status field-error">
          {shown.text}
        </span>
      )}
    </span>
  );
}
