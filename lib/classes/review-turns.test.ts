import { describe, expect, it } from "vitest";
import type { ProgressState } from "./progress-state";
import { reviewTurns } from "./review-turns";

const row = (name: string, state: ProgressState["state"]) => ({ student: { id: name.toLowerCase(), name }, state });
const names = (turns: ReturnType<typeof reviewTurns>) => [turns.previous?.student.name ?? null, turns.chosen.student.name, turns.next?.student.name ?? null];

// The progress table's order: by name.
const table = [row("Ines", "not_started"), row("Lena", "submitted"), row("Rui", "returned"), row("Sara", "submitted"), row("Tom", "in_progress"), row("Zoe", "not_started")] as const;

describe("reviewTurns", () => {
  it("opens on the first submitted student, not on a draft or on someone who has not started", () => {
    expect(names(reviewTurns([row("Ada", "in_progress"), row("Ben", "returned"), row("Cy", "submitted")], undefined))).toEqual(["Ben", "Cy", null]);
    expect(names(reviewTurns(table, undefined))).toEqual([null, "Lena", "Rui"]);
  });

  it("falls back to the first returned, then the first with any work, then the first of all", () => {
    expect(reviewTurns([row("Ada", "in_progress"), row("Ben", "returned")], undefined).chosen.student.name).toBe("Ben");
    expect(reviewTurns([row("Ada", "not_started"), row("Ben", "in_progress")], undefined).chosen.student.name).toBe("Ben");
    expect(reviewTurns([row("Ada", "not_started"), row("Ben", "not_started")], undefined).chosen.student.name).toBe("Ada");
  });

  it("previous and next follow the table's order and skip students who have not started", () => {
    expect(names(reviewTurns(table, "rui"))).toEqual(["Lena", "Rui", "Sara"]);
    expect(names(reviewTurns(table, "tom"))).toEqual(["Sara", "Tom", null]);
    expect(names(reviewTurns(table, "ines"))).toEqual([null, "Ines", "Lena"]);
    expect(names(reviewTurns(table, "zoe"))).toEqual(["Tom", "Zoe", null]);
  });

  it("an unknown student id opens the default", () => {
    expect(reviewTurns(table, "nobody").chosen.student.name).toBe("Lena");
  });
});
