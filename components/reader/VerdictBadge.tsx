import type { AnnotationVerdict } from "./annotation-sync";

export const VERDICT_LABEL = { AGREE: "Agree", PARTLY: "Partly", DISAGREE: "Disagree" } as const;
const VERDICT_MARK = { AGREE: "✓", PARTLY: "~", DISAGREE: "✗" } as const;

/** The teacher's verdict as a symbol and a word (never colour alone). */
export function VerdictBadge({ feedback }: { feedback: AnnotationVerdict }) {
  return (
    <span className={`verdict verdict--${feedback.verdict.toLowerCase()}`}>
      <span aria-hidden="true">{VERDICT_MARK[feedback.verdict]} </span>
      Teacher: {VERDICT_LABEL[feedback.verdict].toLowerCase()}
    </span>
  );
}

/** Marks a highlight the student changed after the teacher's verdict (teacher's review only). */
export function EditedAfterFeedbackMark() {
  return <span className="edited-mark">Edited after your feedback</span>;
}
