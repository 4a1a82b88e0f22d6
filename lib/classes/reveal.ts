import type { RevealPolicy } from "@/lib/db/generated/enums";

export interface RevealFacts {
  policy: RevealPolicy;
  dueAt: Date | null;
  /** When the teacher released classmates' work (MANUAL). */
  revealedAt: Date | null;
  /** Whether this student has handed their own work in. */
  submitted: boolean;
  now: Date;
}

/** Whether a student may now see classmates' annotations, by the assignment's reveal policy. */
export function classmatesRevealed(facts: RevealFacts): boolean {
  switch (facts.policy) {
    case "ALWAYS":
      return true;
    case "AFTER_SUBMIT":
      return facts.submitted;
    case "AFTER_DUE":
      return facts.dueAt !== null && facts.now >= facts.dueAt;
    case "MANUAL":
      return facts.revealedAt !== null;
  }
}

/**
 * Whether being shown classmates' highlights makes the student's submission final. Under
 * AFTER_SUBMIT the reveal is the reward for handing in one's own reading; taking the work
 * back afterwards would let a student copy from it, so the first look is recorded and from
 * then on the work cannot be taken back. Under the other policies classmates' work does not
 * depend on handing in (ALWAYS, MANUAL) or comes when taking back is over anyway (AFTER_DUE).
 */
export function seeingClassmatesIsFinal(policy: RevealPolicy): boolean {
  return policy === "AFTER_SUBMIT";
}

/** What a student is told about when classmates' highlights appear. */
export function revealRule(policy: RevealPolicy): string {
  switch (policy) {
    case "ALWAYS":
      return "Classmates' highlights are visible at any time.";
    case "AFTER_SUBMIT":
      return "Classmates' highlights appear once you submit your own.";
    case "AFTER_DUE":
      return "Classmates' highlights appear after the due date.";
    case "MANUAL":
      return "Classmates' highlights appear when your teacher shares them.";
  }
}

/** The same rules told to the teacher choosing one: about their students, not to a student. */
export function revealRuleForTeacher(policy: RevealPolicy): string {
  switch (policy) {
    case "ALWAYS":
      return "Students see each other’s highlights at any time, even before handing in their own.";
    case "AFTER_SUBMIT":
      return "Each student sees classmates’ highlights once they have submitted their own; after looking, they can no longer take their work back.";
    case "AFTER_DUE":
      return "Students see classmates’ highlights after the due date, whether or not they have submitted.";
    case "MANUAL":
      return "Students see classmates’ highlights when you share them, from this assignment’s settings.";
  }
}
