"use client";

import { useMemo } from "react";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { TagDefinition } from "@/lib/annotations/tags";
import { toReaderAnnotation } from "./annotation-sync";
import { ReaderLayout } from "./ReaderLayout";

interface ReviewReaderProps {
  articleTitle: string;
  text: string;
  tags: TagDefinition[];
  annotations: AnnotationDto[];
  studentName: string;
}

/** A teacher's read-only view of one student's highlights. */
export function ReviewReader({ articleTitle, text, tags, annotations, studentName }: ReviewReaderProps) {
  const readerAnnotations = useMemo(() => annotations.map(toReaderAnnotation), [annotations]);
  return (
    <ReaderLayout
      articleTitle={articleTitle}
      text={text}
      tags={tags}
      annotations={readerAnnotations}
      listHeading={`${studentName}’s highlights`}
      emptyMessage={`${studentName} has not highlighted anything yet.`}
    />
  );
}
