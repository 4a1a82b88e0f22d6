import { describe, expect, it } from "vitest";
import { retryMessage } from "./retry-message";

describe("retryMessage", () => {
  it("says seconds under a minute and whole minutes, rounded up, above", () => {
    expect(retryMessage(1)).toBe("Try again in 1 second.");
    expect(retryMessage(42)).toBe("Try again in 42 seconds.");
    expect(retryMessage(60)).toBe("Try again in 1 minute.");
    expect(retryMessage(61)).toBe("Try again in 2 minutes.");
    expect(retryMessage(14 * 60 - 5)).toBe("Try again in 14 minutes.");
    expect(retryMessage(3600)).toBe("Try again in 60 minutes.");
  });
});
