"use client";

import { useMemo, type ReactNode } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { BlockKind } from "@/lib/articles/block-kinds";
import type { AnnotationSync, SyncSnapshot } from "./annotation-sync";
import { ReaderLayout, type AnnotationEditing, type PlacingRequest } from "./ReaderLayout";
import { SaveProblems } from "./SaveProblems";
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
  /** Offered when changes were refused because the work was handed in (from another tab, say). */
  onTakeBackSubmission?: () => void;
  /** An orphaned highlight being placed again, and the list of them (OrphanedAnnotations) for the sidebar. */
  placing?: PlacingRequest;
  aside?: ReactNode;
  /** A highlight to scroll to and open (from the submit check); `onOpened` clears it. */
  openRequest?: string | null;
  onOpened?: () => void;
}

/** A reader's own highlights: every change is shown at once, kept on the device and saved in the background. */
export function AnnotatingReader({ sync, snapshot, articleTitle, text, blocks, tags, readOnly, listHeading = "Your highlights", onTakeBackSubmission, placing, aside, openRequest, onOpened }: AnnotatingReaderProps) {
  const editing = useMemo<AnnotationEditing>(
    () => ({
      create: (range, tag) => sync.create({ ...range, tag }),
      changeTag: (id, tag) => sync.update(id, { tag }),
      saveNote: (id, note) => sync.update(id, { note }),
      remove: (id) => sync.remove(id),
      restore: (annotation) => sync.undoRemove(annotation),
    }),
    [sync],
  );
  // Read-only work still says where unsaved changes stand: they may be this device's, from before the hand-in.
  const showStatus = !readOnly || snapshot.pendingCount > 0;
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
      status={
        showStatus ? (
          <>
            <SaveStatus status={snapshot.status} problemCount={snapshot.problems.length} durable={snapshot.durable} onRetry={() => sync.retryNow()} />
            <SaveProblems
              problems={snapshot.problems}
              tags={tags}
              onKeepMine={(id) => sync.keepMine(id)}
              onTakeTheirs={(id) => sync.takeTheirs(id)}
              onDiscard={() => void sync.discardRefused()}
              onTakeBackSubmission={onTakeBackSubmission}
              onRetry={() => sync.retryRefused()}
            />
          </>
        ) : undefined
      }
      placing={readOnly ? undefined : placing}
      aside={aside}
      openRequest={openRequest}
      onOpened={onOpened}
    />
  );
}
