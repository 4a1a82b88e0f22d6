"use client";

import { useMemo, type ReactNode } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { BlockKind } from "@/lib/articles/block-kinds";
import type { AnnotationSync, SyncSnapshot } from "./annotation-sync";
import { ReaderLayout, type AnnotationEditing, type PlacingRequest } from "./ReaderLayout";
import { SaveStatus } from "./SaveStatus";

interface AnnotatingReaderProps {
  sync: AnnotationSync;
  snapshot: SyncSnapshot;
  articleTitle: string;
  text: string;
  blocks: BlockKind[] | null;
  tags: TagDefinition[];
  /** Handed in, returned or archived: the highlights can be read but not changed. */
  readOnly: boolean;
  listHeading?: string;
  /** An orphaned highlight being placed again, and the list of them (OrphanedAnnotations) for the sidebar. */
  placing?: PlacingRequest;
  aside?: ReactNode;
}

/** A reader's own highlights: every change is shown at once and saved in the background. */
export function AnnotatingReader({ sync, snapshot, articleTitle, text, blocks, tags, readOnly, listHeading = "Your highlights", placing, aside }: AnnotatingReaderProps) {
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
      blocks={blocks}
      tags={tags}
      annotations={snapshot.annotations}
      editing={readOnly ? undefined : editing}
      listHeading={listHeading}
      emptyMessage={readOnly ? "No highlights." : "No highlights yet. Select some text in the article, then choose a tag or press 1–4."}
      status={readOnly ? undefined : <SaveStatus status={snapshot.status} onRetry={() => sync.retryNow()} />}
      placing={readOnly ? undefined : placing}
      aside={aside}
    />
  );
}
