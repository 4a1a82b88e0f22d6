"use client";

import { useMemo } from "react";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { BlockKind } from "@/lib/articles/block-kinds";
import { callApi } from "@/components/ui/api-client";
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
}

/** Someone else's highlights over the article, read only: a student's for the teacher, classmates' after the reveal. */
export function ReviewReader({ articleTitle, text, blocks, tags, annotations, listHeading, emptyMessage, canGiveVerdicts = false }: ReviewReaderProps) {
  const readerAnnotations = useMemo(() => annotations.map(toReaderAnnotation), [annotations]);
  const saveVerdict = async (id: string, verdict: AnnotationVerdict) => {
    const outcome = await callApi("PUT", `/api/annotations/${id}/feedback`, verdict);
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
    />
  );
}
