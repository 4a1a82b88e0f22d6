"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { TagDefinition } from "@/lib/annotations/tags";
import { createAnnotationApi } from "./annotation-api";
import { AnnotationSync } from "./annotation-sync";
import { ReaderLayout, type AnnotationEditing } from "./ReaderLayout";
import { SaveStatus } from "./SaveStatus";

interface AnnotatingReaderProps {
  assignmentId: string;
  articleTitle: string;
  text: string;
  tags: TagDefinition[];
  initialAnnotations: AnnotationDto[];
}

/** A student's reader: every change is shown at once and saved in the background. */
export function AnnotatingReader({ assignmentId, articleTitle, text, tags, initialAnnotations }: AnnotatingReaderProps) {
  const sync = useMemo(
    () => new AnnotationSync(createAnnotationApi(assignmentId), text, initialAnnotations),
    [assignmentId, text, initialAnnotations],
  );
  const { annotations, status } = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);

  useEffect(() => {
    const warnIfUnsaved = (event: BeforeUnloadEvent) => {
      if (sync.hasUnsavedChanges()) event.preventDefault();
    };
    const retry = () => sync.retryNow();
    window.addEventListener("beforeunload", warnIfUnsaved);
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("beforeunload", warnIfUnsaved);
      window.removeEventListener("online", retry);
      sync.dispose();
    };
  }, [sync]);

  const editing = useMemo<AnnotationEditing>(
    () => ({
      create: (range, tag) => sync.create({ ...range, tag }),
      changeTag: (id, tag) => sync.update(id, { tag }),
      saveNote: (id, note) => sync.update(id, { note }),
      remove: (id) => sync.remove(id),
    }),
    [sync],
  );

  return (
    <ReaderLayout
      articleTitle={articleTitle}
      text={text}
      tags={tags}
      annotations={annotations}
      editing={editing}
      listHeading="Your highlights"
      emptyMessage="No highlights yet. Select some text in the article, then choose a tag or press 1–4."
      status={<SaveStatus status={status} onRetry={() => sync.retryNow()} />}
    />
  );
}
