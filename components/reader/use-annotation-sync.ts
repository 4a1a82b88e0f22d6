"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import { keepReaderForOffline } from "@/components/offline/offline-reader";
import { createAnnotationApi } from "./annotation-api";
import { AnnotationSync } from "./annotation-sync";
import { indexedDbPendingChangesStore, memoryPendingChangesStore, type PendingChangesStore } from "./pending-changes-store";

/**
 * One store per reader for the page's life: a sync made again on the same page (new props after
 * a refresh) takes over the same entry, and so the changes the one before it had not sent yet.
 */
const pageStores = new Map<string, PendingChangesStore>();
function pageStore(userId: string, assignmentId: string): PendingChangesStore {
  const key = `${userId}/${assignmentId}`;
  let store = pageStores.get(key);
  if (!store) pageStores.set(key, (store = indexedDbPendingChangesStore(userId, assignmentId)));
  return store;
}

/**
 * The reader's annotations kept in step with the server: one queue per page, kept in
 * IndexedDB for this user and assignment, retried when the browser comes back online, and a
 * warning before leaving with changes the server does not have yet. The page itself is kept
 * for offline use by the service worker, so a reload without a connection still opens it.
 */
export function useAnnotationSync(reader: { userId: string; assignmentId: string; articleVersionId: string; text: string; initial: AnnotationDto[]; renderedAt: string }) {
  const { userId, assignmentId, articleVersionId, text, initial, renderedAt } = reader;
  const sync = useMemo(() => {
    // The server render has no IndexedDB; the browser's own render makes the real one.
    const store = typeof indexedDB === "undefined" ? memoryPendingChangesStore() : pageStore(userId, assignmentId);
    return new AnnotationSync(createAnnotationApi(assignmentId), text, initial, { store, isOnline: () => navigator.onLine, renderedAt, articleVersionId });
  }, [userId, assignmentId, articleVersionId, text, initial, renderedAt]);
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);
  useEffect(() => {
    const warnIfUnsaved = (event: BeforeUnloadEvent) => {
      if (sync.hasUnsavedChanges()) event.preventDefault();
    };
    const retry = () => sync.retryNow();
    sync.resume();
    void keepReaderForOffline();
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
