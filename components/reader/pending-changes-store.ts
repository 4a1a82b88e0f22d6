import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { PendingChange, ReaderAnnotation } from "./pending-change";

/** What the server last said it had, and when by its clock: newer than a page served from the offline copy. */
export interface SavedState {
  annotations: ReaderAnnotation[];
  knownAt: string;
}

/** Where a reader keeps its changes until the server has them. */
export interface PendingChangesStore {
  /** The changes left by earlier pages of this reader (reloaded, closed, crashed), oldest first; they are this page's from now on. */
  takeOver(): Promise<PendingChange[]>;
  // (Called again by a reader made anew on the same page: it then also gets the page's own kept changes.)
  /** Replaces this page's kept changes with `changes` (none: forgets them). */
  save(changes: readonly PendingChange[]): Promise<void>;
  /** The newest saved state any page of this reader recorded, or null. */
  loadSaved(): Promise<SavedState | null>;
  /** Records what the server has, unless a newer record is already kept. */
  keepSaved(state: SavedState): Promise<void>;
  /** False when the browser keeps nothing (IndexedDB refused): changes then live only as long as the page. */
  readonly durable: boolean;
}

interface PendingChangesDb extends DBSchema {
  pages: { key: string; value: { changes: PendingChange[]; savedAt: number } };
  saved: { key: string; value: SavedState };
}

const DB_NAME = "slant";
const LOCK_PREFIX = "slant-pending:";

/** Changes kept in memory only: the page's own, lost with it. For browsers without IndexedDB, and tests. */
export function memoryPendingChangesStore(initial: PendingChange[] = []): PendingChangesStore & { kept: PendingChange[]; saved: SavedState | null } {
  const store = {
    kept: initial,
    saved: null as SavedState | null,
    durable: false,
    loadSaved: async () => store.saved,
    keepSaved: async (state: SavedState) => {
      if (!store.saved || store.saved.knownAt <= state.knownAt) store.saved = structuredClone(state);
    },
    takeOver: async () => store.kept,
    save: async (changes: readonly PendingChange[]) => {
      store.kept = structuredClone([...changes]);
    },
  };
  return store;
}

/**
 * Changes kept in IndexedDB, one entry per page (user, assignment, page), so two open tabs
 * never overwrite each other's. A page holds a Web Lock named after its entry while it lives;
 * an entry whose lock is free belongs to a page that is gone, and the next page to open takes
 * it over. Without Web Locks (older browsers) every earlier entry is taken over.
 */
export function indexedDbPendingChangesStore(userId: string, assignmentId: string): PendingChangesStore {
  const prefix = `${userId}/${assignmentId}/`;
  const ownKey = `${prefix}${crypto.randomUUID()}`;
  let database: Promise<IDBPDatabase<PendingChangesDb>> | null = null;
  const open = () =>
    (database ??= openDB<PendingChangesDb>(DB_NAME, 2, {
      upgrade: (db) => {
        if (!db.objectStoreNames.contains("pages")) db.createObjectStore("pages");
        if (!db.objectStoreNames.contains("saved")) db.createObjectStore("saved");
      },
    }));
  const savedKey = `${userId}/${assignmentId}`;
  const holdOwnLock = () => {
    // Never resolved: the lock is let go when the page goes.
    void navigator.locks?.request(LOCK_PREFIX + ownKey, () => new Promise<never>(() => {}));
  };

  return {
    durable: typeof indexedDB !== "undefined",
    async takeOver() {
      holdOwnLock();
      // One page at a time, so two pages opened together cannot both take the same entry.
      if (!navigator.locks) return adoptEntries();
      return navigator.locks.request(`${LOCK_PREFIX}${prefix}take-over`, adoptEntries);
    },
    async save(changes) {
      const db = await open();
      if (changes.length === 0) await db.delete("pages", ownKey);
      else await db.put("pages", { changes: [...changes], savedAt: Date.now() }, ownKey);
    },
    async loadSaved() {
      return (await (await open()).get("saved", savedKey)) ?? null;
    },
    async keepSaved(state) {
      const db = await open();
      const transaction = db.transaction("saved", "readwrite");
      const kept = await transaction.store.get(savedKey);
      // ISO times of one clock (the server's) compare as strings.
      if (!kept || kept.knownAt <= state.knownAt) await transaction.store.put(state, savedKey);
      await transaction.done;
    },
  };

  async function adoptEntries(): Promise<PendingChange[]> {
    const db = await open();
    const keys = (await db.getAllKeys("pages")).filter((key) => key.startsWith(prefix));
    const taken: string[] = [];
    const adopted: PendingChange[] = [];
    for (const key of keys) {
      // This page's own entry is there when its reader was made again (new props): its changes are ours.
      if (key !== ownKey && !(await ownerIsGone(key))) continue;
      const entry = await db.get("pages", key);
      if (entry) adopted.push(...entry.changes);
      taken.push(key);
    }
    adopted.sort((a, b) => a.madeAt - b.madeAt);
    // Written under this page's key before the old entries go, in one transaction: a page that
    // dies in between leaves the changes in one place or the other, never in neither.
    const transaction = db.transaction("pages", "readwrite");
    if (adopted.length > 0) await transaction.store.put({ changes: adopted, savedAt: Date.now() }, ownKey);
    for (const key of taken) if (key !== ownKey) await transaction.store.delete(key);
    await transaction.done;
    return adopted;
  }
}

/** True when no living page holds the entry's lock. */
async function ownerIsGone(key: string): Promise<boolean> {
  if (!navigator.locks) return true;
  return navigator.locks.request(LOCK_PREFIX + key, { ifAvailable: true }, (lock) => lock !== null);
}
