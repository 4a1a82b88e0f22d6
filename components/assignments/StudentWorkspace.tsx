"use client";

import { lazy, Suspense, useCallback, useState } from "react";
import { AnnotatingReader } from "@/components/reader/AnnotatingReader";
import { OwnOrphanedAnnotations } from "@/components/reader/OrphanedAnnotations";
import { useOrphanPlacement } from "@/components/reader/use-orphan-placement";
import { ReviewReader } from "@/components/reader/ReviewReader";
import { useAnnotationSync } from "@/components/reader/use-annotation-sync";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import { summarizeDraft } from "@/lib/classes/draft-summary";
import type { AssignmentDetail } from "@/lib/classes/get-assignment";
import { revealRule, seeingClassmatesIsFinal } from "@/lib/classes/reveal";
import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import type { SubmissionDto } from "@/lib/classes/submission-schemas";
import { formatScore } from "@/lib/text/format-score";
import { callApi } from "@/components/api-client";
import { SubmitPanel } from "@/components/assignments/SubmitPanel";

interface StudentWorkspaceProps {
  /** The signed-in student: unsaved changes are kept on the device under their id. */
  userId: string;
  /** When the server rendered this page (its clock): tells a page from the offline copy from a fresh one. */
  renderedAt: string;
  assignment: AssignmentDetail;
  initialAnnotations: AnnotationDto[];
  /** The student's highlights a move to a new version of the article could not place. */
  initialOrphans: AnnotationDto[];
  initialSubmission: SubmissionDto;
}

// Its own chunk (the heatmap, its editor, the agreement views): only a student who opens the
// class comparison after the reveal needs it (fetched from the click, beside the comparison's data).
// React.lazy: it is only ever drawn in the browser.
const loadCompareView = () => import("@/components/compare/CompareView");
const CompareView = lazy(() => loadCompareView().then((m) => ({ default: m.CompareView })));

type Loadable<T> = { state: "idle" } | { state: "loading" } | { state: "loaded"; value: T } | { state: "error"; message: string };

/** A student's assignment: their own highlights, handing them in, classmates' after the reveal, and feedback. */
export function StudentWorkspace({ userId, renderedAt, assignment, initialAnnotations, initialOrphans, initialSubmission }: StudentWorkspaceProps) {
  const { sync, snapshot } = useAnnotationSync({ userId, assignmentId: assignment.id, articleVersionId: assignment.article.versionId, text: assignment.article.text, initial: initialAnnotations, renderedAt });
  const orphaned = useOrphanPlacement(initialOrphans);
  const [submission, setSubmission] = useState(initialSubmission);
  const [view, setView] = useState<"mine" | "classmates" | "compare">("mine");
  const [classmates, setClassmates] = useState<Loadable<AnnotationDto[]>>({ state: "idle" });
  const [comparison, setComparison] = useState<Loadable<ComparisonDto>>({ state: "idle" });
  /** A highlight the submit check sent the student to: shown in their own view, opened. */
  const [openRequest, setOpenRequest] = useState<string | null>(null);
  const openedRequest = useCallback(() => setOpenRequest(null), []);
  const draft = summarizeDraft(snapshot.annotations, assignment.tags);
  const final = seeingClassmatesIsFinal(assignment.revealPolicy);
  const readOnly = submission.status === "SUBMITTED" || assignment.archived;

  /** Classmates' work, loaded once per reveal; seeing it may make the submission final, so it is re-read. */
  const open = async <T,>(target: "classmates" | "compare", current: Loadable<T>, set: (next: Loadable<T>) => void, url: string) => {
    setView(target);
    if (current.state === "loaded" || current.state === "loading") return;
    set({ state: "loading" });
    const outcome = await callApi<T>("GET", url);
    set(outcome.ok ? { state: "loaded", value: outcome.value } : { state: "error", message: outcome.message });
    if (outcome.ok && final) {
      const latest = await callApi<SubmissionDto>("GET", `/api/assignments/${assignment.id}/submission`);
      if (latest.ok) setSubmission(latest.value);
    }
  };
  const showClassmates = () => open("classmates", classmates, setClassmates, `/api/assignments/${assignment.id}/annotations?scope=class`);
  const [takeBackError, setTakeBackError] = useState<string | null>(null);
  /** Changes refused because the work was handed in elsewhere: take it back, then send them again. */
  const takeBackAndSave = async () => {
    setTakeBackError(null);
    const outcome = await callApi<SubmissionDto>("POST", `/api/assignments/${assignment.id}/unsubmit`);
    if (!outcome.ok) return setTakeBackError(`Your submission could not be taken back: ${outcome.message}`);
    setSubmission(outcome.value);
    sync.retryRefused();
  };
  const showComparison = () => {
    void loadCompareView();
    return open("compare", comparison, setComparison, `/api/assignments/${assignment.id}/compare`);
  };

  return (
    <div className="student-workspace">
      <SubmitPanel
        assignmentId={assignment.id}
        tags={assignment.tags}
        submission={submission}
        draft={draft}
        unsavedChanges={snapshot.pendingCount > 0}
        archived={assignment.archived}
        seeingClassmatesIsFinal={final}
        onShowHighlight={(id) => {
          setView("mine");
          setOpenRequest(id);
        }}
        onChange={(next) => {
          setSubmission(next);
          setClassmates({ state: "idle" });
          setComparison({ state: "idle" });
        }}
      />
      {submission.feedback && (
        <section className="overall-feedback" aria-labelledby="feedback-heading">
          <h2 id="feedback-heading">Your teacher’s feedback</h2>
          {submission.feedback.score !== null && <p>Score: {formatScore(submission.feedback.score, submission.feedback.scoreOutOf)}</p>}
          <p className="annotation-note">{submission.feedback.comment ?? "No overall comment."}</p>
          <p className="muted">Open a highlight to see your teacher’s verdict on it.</p>
        </section>
      )}
      <div className="view-switch" role="group" aria-label="Whose highlights">
        <button type="button" aria-pressed={view === "mine"} onClick={() => setView("mine")}>
          My highlights
        </button>
        {submission.classmatesVisible ? (
          <>
            <button type="button" aria-pressed={view === "classmates"} onClick={() => void showClassmates()}>
              Classmates’ highlights
            </button>
            <button type="button" aria-pressed={view === "compare"} onClick={() => void showComparison()}>
              Compare the class
            </button>
            {final && submission.canUnsubmit && <span className="muted">Once you look, you can no longer take your work back.</span>}
          </>
        ) : (
          <span className="muted">{revealRule(assignment.revealPolicy)}</span>
        )}
      </div>
      {takeBackError && (
        <p className="form-error" role="alert">
          {takeBackError}
        </p>
      )}
      {view === "mine" || !submission.classmatesVisible ? (
        <AnnotatingReader
          sync={sync}
          snapshot={snapshot}
          articleTitle={assignment.article.title}
          text={assignment.article.text}
          blocks={assignment.article.blocks}
          tags={assignment.tags}
          readOnly={readOnly}
          onTakeBackSubmission={assignment.archived ? undefined : () => void takeBackAndSave()}
          placing={orphaned.placing}
          openRequest={openRequest}
          onOpened={openedRequest}
          aside={<OwnOrphanedAnnotations placement={orphaned} tags={assignment.tags} canChange={!readOnly} unsaved={snapshot.pendingCount > 0} />}
        />
      ) : view === "compare" ? (
        comparison.state === "loaded" ? (
          <Suspense fallback={<p role="status">Loading the class comparison…</p>}>
            <CompareView assignment={assignment} initial={comparison.value} teaching={false} />
          </Suspense>
        ) : (
          <p role="status">{comparison.state === "error" ? comparison.message : "Loading the class comparison…"}</p>
        )
      ) : classmates.state === "loaded" ? (
        <ReviewReader
          articleTitle={assignment.article.title}
          text={assignment.article.text}
          blocks={assignment.article.blocks}
          tags={assignment.tags}
          annotations={classmates.value}
          listHeading="Classmates' highlights"
          emptyMessage="No classmate has highlighted anything yet."
        />
      ) : (
        <p role="status">{classmates.state === "error" ? classmates.message : "Loading classmates' highlights…"}</p>
      )}
    </div>
  );
}
