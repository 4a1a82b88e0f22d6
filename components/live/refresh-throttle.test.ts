import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RefreshThrottle } from "./refresh-throttle";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A refresh that takes `ms` of (fake) time and counts its calls. */
function slowRefresh(ms: number) {
  const calls: number[] = [];
  const refresh = () => {
    calls.push(Date.now());
    return new Promise<void>((resolve) => setTimeout(resolve, ms));
  };
  return { calls, refresh };
}

describe("re-fetching on change events", () => {
  it("the first change is fetched at once", () => {
    const { calls, refresh } = slowRefresh(50);
    new RefreshThrottle(refresh, 400).request();
    expect(calls).toHaveLength(1);
  });

  it("a burst of changes costs one fetch now and one after the gap, not one each", async () => {
    const { calls, refresh } = slowRefresh(50);
    const throttle = new RefreshThrottle(refresh, 400);
    const start = Date.now();
    for (let i = 0; i < 20; i += 1) {
      throttle.request();
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((at) => at - start)).toEqual([0, 400]);
  });

  it("a change during a fetch is fetched again after it, so the last change is never missed", async () => {
    const { calls, refresh } = slowRefresh(600);
    const throttle = new RefreshThrottle(refresh, 400);
    const start = Date.now();
    throttle.request();
    await vi.advanceTimersByTimeAsync(100);
    throttle.request();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls.map((at) => at - start)).toEqual([0, 600]);
  });

  it("a failed fetch does not stop later ones", async () => {
    let calls = 0;
    const throttle = new RefreshThrottle(async () => {
      calls += 1;
      throw new Error("offline");
    }, 100);
    throttle.request();
    await vi.advanceTimersByTimeAsync(200);
    throttle.request();
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
  });

  it("nothing is fetched after dispose", async () => {
    const { calls, refresh } = slowRefresh(10);
    const throttle = new RefreshThrottle(refresh, 400);
    throttle.request();
    await vi.advanceTimersByTimeAsync(50);
    throttle.request();
    throttle.dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(1);
  });
});
