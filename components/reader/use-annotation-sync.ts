"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import { createAnnotationApi } from "./annotation-api";
import { AnnotationSync } from "./annotation-sync";

/**
 * The reader's annotations kept in step with the server: one queue per page, retried
 * when the browser comes back online, and a warning before leaving with changes unsent.
 */
export function useAnnotationSync(assignmentId: string, text: string, initial: AnnotationDto[]) {
  const sync = useMemo(() => new AnnotationSync(createAnnotationApi(assignmentId), text, initial), [assignmentId, text, initial]);
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);
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
  return { sync, snapshot };
}
