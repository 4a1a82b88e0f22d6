import { describe, expect, it } from "vitest";
import { createTaskQueue } from "./task-queue";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("createTaskQueue", () => {
  it("starts each task only after the one before has finished", async () => {
    const enqueue = createTaskQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([enqueue(task("a")), enqueue(task("b")), enqueue(task("c"))]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });

  it("goes on after a task fails, and hands the failure to its caller", async () => {
    const enqueue = createTaskQueue();
    const failed = enqueue(async () => {
      throw new Error("offline");
    });
    const next = enqueue(async () => "saved");
    await expect(failed).rejects.toThrow("offline");
    await expect(next).resolves.toBe("saved");
  });
});
