import type { LiveState } from "./use-live-refresh";

const LABELS: Record<LiveState, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  stopped: "Not live: reload the page to see new work",
};

/**
 * Whether what is shown updates by itself. Quiet on purpose: not a live region, so a screen
 * reader is not interrupted every time a connection blinks; it is read where it stands.
 */
export function LiveIndicator({ state }: { state: LiveState }) {
  return (
    <p className="live-indicator" data-state={state}>
      <span className="live-indicator__dot" aria-hidden="true" />
      {LABELS[state]}
    </p>
  );
}
