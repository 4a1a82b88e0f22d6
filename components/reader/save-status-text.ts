import type { SaveStatus } from "./annotation-sync";

const changes = (count: number) => (count === 1 ? "1 change" : `${count} changes`);

function describeQueue(status: SaveStatus): string {
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

/**
 * The save status line in words. Changes held for the student's choice are not saved, so
 * while any are, the line never says everything is: it says how many wait and where to look.
 */
export function saveStatusText(status: SaveStatus, problemCount: number, durable: boolean): string {
  const waiting = status.state === "offline" || status.state === "retrying";
  const queueSettled = status.state === "saved" || status.state === "untouched";
  const parts = [
    ...(problemCount > 0 && queueSettled ? [] : [describeQueue(status)]),
    ...(problemCount > 0 ? [`${changes(problemCount)} could not be saved: see below.`] : []),
    ...(waiting && !durable ? ["This browser cannot keep them if you close the page."] : []),
  ];
  return parts.join(" ");
}
