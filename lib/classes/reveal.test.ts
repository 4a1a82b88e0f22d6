import { describe, expect, it } from "vitest";
import { progressStateOf } from "./progress-state";
import { REVEAL_POLICIES } from "./assignment-schemas";
import { classmatesRevealed, revealRuleForTeacher, seeingClassmatesIsFinal, type RevealFacts } from "./reveal";

const now = new Date("2026-11-25T12:00:00Z");
const base: RevealFacts = { policy: "ALWAYS", dueAt: null, revealedAt: null, submitted: false, now };

describe("classmatesRevealed", () => {
  it.each<[string, Partial<RevealFacts>, boolean]>([
    ["ALWAYS shows classmates at once", { policy: "ALWAYS" }, true],
    ["AFTER_SUBMIT hides them before the student submits", { policy: "AFTER_SUBMIT" }, false],
    ["AFTER_SUBMIT shows them once submitted", { policy: "AFTER_SUBMIT", submitted: true }, true],
    ["AFTER_DUE hides them before the due date, even after submitting", { policy: "AFTER_DUE", dueAt: new Date("2026-11-26T00:00:00Z"), submitted: true }, false],
    ["AFTER_DUE shows them from the due moment on", { policy: "AFTER_DUE", dueAt: now }, true],
    ["AFTER_DUE without a due date never shows them", { policy: "AFTER_DUE" }, false],
    ["MANUAL hides them until the teacher releases them", { policy: "MANUAL", submitted: true }, false],
    ["MANUAL shows them once released", { policy: "MANUAL", revealedAt: new Date("2026-11-20T00:00:00Z") }, true],
  ])("%s", (_name, facts, expected) => {
    expect(classmatesRevealed({ ...base, ...facts })).toBe(expected);
  });
});

describe("seeingClassmatesIsFinal", () => {
  it("only under AFTER_SUBMIT does a look at classmates' work stop the student taking theirs back", () => {
    expect((["ALWAYS", "AFTER_SUBMIT", "AFTER_DUE", "MANUAL"] as const).filter(seeingClassmatesIsFinal)).toEqual(["AFTER_SUBMIT"]);
  });
});

describe("progressStateOf", () => {
  const due = new Date("2026-11-25T17:00:00Z");
  it("no submission and no highlights: not started", () => {
    expect(progressStateOf(null, 0, due)).toEqual({ state: "not_started" });
  });
  it("a draft with highlights: in progress with the count", () => {
    expect(progressStateOf({ status: "DRAFT", submittedAt: null, returnedAt: null }, 5, due)).toEqual({ state: "in_progress", annotationCount: 5 });
  });
  it("submitted before the due date is on time, after it is late", () => {
    const onTime = progressStateOf({ status: "SUBMITTED", submittedAt: new Date("2026-11-25T16:59:00Z"), returnedAt: null }, 3, due);
    const late = progressStateOf({ status: "SUBMITTED", submittedAt: new Date("2026-11-25T17:01:00Z"), returnedAt: null }, 3, due);
    expect(onTime).toMatchObject({ state: "submitted", late: false });
    expect(late).toMatchObject({ state: "submitted", late: true });
  });
  it("returned wins over submitted and keeps lateness", () => {
    const returned = progressStateOf(
      { status: "SUBMITTED", submittedAt: new Date("2026-11-26T00:00:00Z"), returnedAt: new Date("2026-11-27T00:00:00Z") },
      4,
      due,
    );
    expect(returned).toEqual({ state: "returned", annotationCount: 4, submittedAt: "2026-11-26T00:00:00.000Z", late: true, returnedAt: "2026-11-27T00:00:00.000Z" });
  });
  it("without a due date nothing is late", () => {
    expect(progressStateOf({ status: "SUBMITTED", submittedAt: new Date(), returnedAt: null }, 1, null)).toMatchObject({ late: false });
  });
});

describe("revealRuleForTeacher", () => {
  it.each(REVEAL_POLICIES)("tells the teacher about their students under %s, not a student about their own work", (policy) => {
    const told = revealRuleForTeacher(policy);
    expect(told).toMatch(/^(Students|Each student) /);
    expect(told).not.toMatch(/\byour (own|teacher)\b|\byou submit/i);
  });
});
