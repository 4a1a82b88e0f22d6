import { describe, expect, it } from "vitest";
import { visibleChange } from "./visible-change";

const assignment = "6f1c2b4e-8f0a-4c1e-9b7d-2a3c4d5e6f70";
const student = "0b7e5c3a-1d2f-4a6b-8c9d-0e1f2a3b4c5d";
const klass = "9a8b7c6d-5e4f-4321-8765-43210fedcba9";

describe("what a change event tells a viewer", () => {
  it("the class's teacher is told every kind of change and whose work it was", () => {
    expect(visibleChange("class", { k: "annotation", a: assignment, s: student })).toEqual({ kind: "annotation", studentId: student });
    expect(visibleChange("class", { k: "submission", a: assignment, s: student })).toEqual({ kind: "submission", studentId: student });
    expect(visibleChange("class", { k: "enrollment", c: klass, s: student })).toEqual({ kind: "enrollment", studentId: student });
  });

  it("a classmate after the reveal is told only that handed-in work changed, never whose", () => {
    expect(visibleChange("classmates", { k: "submission", a: assignment, s: student })).toEqual({ kind: "submission" });
  });

  it("a classmate is told nothing of drafts or of the class list", () => {
    expect(visibleChange("classmates", { k: "annotation", a: assignment, s: student })).toBeNull();
    expect(visibleChange("classmates", { k: "enrollment", c: klass, s: student })).toBeNull();
  });
});
