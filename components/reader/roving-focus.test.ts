import { describe, expect, it } from "vitest";
import { rovingTarget } from "./roving-focus";

describe("rovingTarget", () => {
  it("moves to the next button with Right and Down, wrapping at the end", () => {
    expect(rovingTarget("ArrowRight", 0, 4)).toBe(1);
    expect(rovingTarget("ArrowDown", 3, 4)).toBe(0);
  });
  it("moves to the previous button with Left and Up, wrapping at the start", () => {
    expect(rovingTarget("ArrowLeft", 2, 4)).toBe(1);
    expect(rovingTarget("ArrowUp", 0, 4)).toBe(3);
  });
  it("goes to the first with Home and the last with End", () => {
    expect(rovingTarget("Home", 2, 4)).toBe(0);
    expect(rovingTarget("End", 0, 4)).toBe(3);
  });
  it("ignores every other key, and a toolbar without buttons", () => {
    expect(rovingTarget("Enter", 1, 4)).toBeNull();
    expect(rovingTarget("ArrowRight", 0, 0)).toBeNull();
  });
});
