"use client";

import { useMemo, useState, type ReactNode } from "react";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { BlockKind } from "@/lib/articles/block-kinds";
import { callApi } from "@/components/api-client";
import { toReaderAnnotation, type AnnotationVerdict } from "./annotation-sync";
import { ReaderLayout } from "./ReaderLayout";

interface ReviewReaderProps {
  articleTitle: string;
  text: string;
  blocks: BlockKind[] | null;
  tags: TagDefinition[];
  annotations: AnnotationDto[];
  listHeading: string;
  emptyMessage: string;
  /** The class's teacher can give a verdict on each highlight. */
  canGiveVerdicts?: boolean;
  /** Shown in the sidebar under the list (the student's orphaned highlights). */
  aside?: ReactNode;
}

/** Someone else's highlights over the article, read only: a student's for the teacher, classmates' after the reveal. */
export function ReviewReader({ articleTitle, text, blocks, tags, annotations, listHeading, emptyMessage, canGiveVerdicts = false, aside }: ReviewReaderProps) {
  // Verdicts saved on this page: shown at once, and they answer "edited after your feedback".
  const [saved, setSaved] = useState<Record<string, AnnotationVerdict>>({});
  const readerAnnotations = useMemo(
    () => annotations.map(toReaderAnnotation).map((a) => (saved[a.id] ? { ...a, feedback: saved[a.id], editedAfterFeedback: false } : a)),
    [annotations, saved],
  );
  const saveVerdict = async (id: string, verdict: AnnotationVerdict) => {
    const outcome = await callApi("PUT", `/api/annotations/${id}/feedback`, verdict);
    if (outcome.ok) setSaved((before) => ({ ...before, [id]: verdict }));
    return outcome.ok ? null : outcome.message;
  };
  return (
    <ReaderLayout
      articleTitle={articleTitle}
      text={text}
      blocks={blocks}
      tags={tags}
      annotations={readerAnnotations}
      onSaveVerdict={canGiveVerdicts ? saveVerdict : undefined}
      listHeading={listHeading}
      emptyMessage={emptyMessage}
      aside={aside}
    />
  );
}
