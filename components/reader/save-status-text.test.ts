import { describe, expect, it } from "vitest";
import { saveStatusText } from "./save-status-text";

describe("saveStatusText", () => {
  it("says what the queue is doing when nothing is held", () => {
    expect(saveStatusText({ state: "untouched" }, 0, true)).toBe("Highlights save as you make them.");
    expect(saveStatusText({ state: "saved" }, 0, true)).toBe("All changes saved.");
    expect(saveStatusText({ state: "saving", count: 1 }, 0, true)).toBe("Saving 1 change…");
    expect(saveStatusText({ state: "offline", count: 4 }, 0, true)).toBe("Offline: 4 changes waiting on this device. They are sent when the connection is back.");
    expect(saveStatusText({ state: "retrying", count: 2, message: "The server answered 503.", retryAt: 0 }, 0, true)).toBe(
      "Not saved yet: 2 changes waiting (The server answered 503). Trying again shortly.",
    );
  });

  it("never says all changes are saved while one is held for the student's choice", () => {
    expect(saveStatusText({ state: "saved" }, 1, true)).toBe("1 change could not be saved: see below.");
    expect(saveStatusText({ state: "untouched" }, 2, true)).toBe("2 changes could not be saved: see below.");
  });

  it("says both what is on its way and what is held", () => {
    expect(saveStatusText({ state: "saving", count: 3 }, 1, true)).toBe("Saving 3 changes… 1 change could not be saved: see below.");
  });

  it("warns that waiting changes are lost with the page when the browser cannot keep them", () => {
    expect(saveStatusText({ state: "offline", count: 1 }, 0, false)).toBe(
      "Offline: 1 change waiting on this device. They are sent when the connection is back. This browser cannot keep them if you close the page.",
    );
    expect(saveStatusText({ state: "saved" }, 0, false)).toBe("All changes saved.");
  });
});
