"use client";

import { useState } from "react";
import { AnnotatingReader } from "@/components/reader/AnnotatingReader";
import { OwnOrphanedAnnotations } from "@/components/reader/OrphanedAnnotations";
import { useOrphanPlacement } from "@/components/reader/use-orphan-placement";
import { useAnnotationSync } from "@/components/reader/use-annotation-sync";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { AssignmentDetail } from "@/lib/classes/get-assignment";
import { callApi } from "@/components/api-client";
import { ActionMessage, type ActionMessageState } from "@/components/ui/ActionMessage";

interface AnswerKeyWorkspaceProps {
  /** The signed-in teacher: unsaved changes are kept on the device under their id. */
  userId: string;
  /** When the server rendered this page (its clock): tells a page from the offline copy from a fresh one. */
  renderedAt: string;
  assignment: AssignmentDetail;
  initialAnnotations: AnnotationDto[];
  /** The teacher's own highlights a move to a new version of the article could not place. */
  initialOrphans: AnnotationDto[];
  isKey: boolean;
}

/** The teacher highlights the article themselves and marks that set as the answer key. */
export function AnswerKeyWorkspace({ userId, renderedAt, assignment, initialAnnotations, initialOrphans, isKey: initiallyKey }: AnswerKeyWorkspaceProps) {
  const { sync, snapshot } = useAnnotationSync({ userId, assignmentId: assignment.id, articleVersionId: assignment.article.versionId, text: assignment.article.text, initial: initialAnnotations, renderedAt });
  const orphaned = useOrphanPlacement(initialOrphans);
  const [isKey, setIsKey] = useState(initiallyKey);
  const [message, setMessage] = useState<ActionMessageState>(null);

  const toggle = async () => {
    const outcome = await callApi<{ answerKey: boolean; annotationCount: number }>("PUT", `/api/assignments/${assignment.id}/answer-key`, { enabled: !isKey });
    if (!outcome.ok) return setMessage({ kind: "error", text: outcome.message });
    setIsKey(outcome.value.answerKey);
    setMessage({ kind: "done", text: outcome.value.answerKey ? `Your ${outcome.value.annotationCount} highlights are the answer key.` : "No answer key." });
  };

  return (
    <div>
      <section className="submit-panel" aria-label="Answer key">
        <p>{isKey ? "These highlights are this assignment's answer key. Changes you make here change the key." : "Highlight the article as you would want students to, then mark it as the key."}</p>
        <button type="button" className={isKey ? undefined : "primary-button"} disabled={assignment.archived || snapshot.pendingCount > 0} onClick={() => void toggle()}>
          {isKey ? "Stop using these as the key" : "Use my highlights as the answer key"}
        </button>
        <ActionMessage message={message} />
      </section>
      <AnnotatingReader
        sync={sync}
        snapshot={snapshot}
        articleTitle={assignment.article.title}
        text={assignment.article.text}
        blocks={assignment.article.blocks}
        tags={assignment.tags}
        readOnly={assignment.archived}
        listHeading="Your key highlights"
        placing={orphaned.placing}
        aside={<OwnOrphanedAnnotations placement={orphaned} tags={assignment.tags} canChange={!assignment.archived} unsaved={snapshot.pendingCount > 0} />}
      />
    </div>
  );
}
