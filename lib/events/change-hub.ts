import type { ChangeNotice } from "./change-notice";
import type { ChangeListener, ChangeListenerHandlers } from "./change-listener";

/** What a viewer watches: one assignment, and its class (a student joining or leaving changes its progress). */
export interface WatchTopic {
  assignmentId: string;
  classId: string;
}

export interface ChangeSubscriber {
  topic: WatchTopic;
  onChange(notice: ChangeNotice): void;
  /** The instance is listening: at once when it already was, and again after each reconnect. Re-fetch then. */
  onReady(): void;
  /** The instance stopped listening for now: changes may be missed until the next onReady. */
  onLost(): void;
}

/**
 * Fans the instance's one LISTEN connection out to the viewers in this process, by assignment
 * (and class). The connection is opened at the first subscriber and kept while the process runs.
 */
export class ChangeHub {
  private readonly byAssignment = new Map<string, Set<ChangeSubscriber>>();
  private readonly byClass = new Map<string, Set<ChangeSubscriber>>();
  private listener: ChangeListener | null = null;

  constructor(private readonly startListener: (handlers: ChangeListenerHandlers) => ChangeListener) {}

  /** Adds a subscriber; returns the function that removes it. */
  subscribe(subscriber: ChangeSubscriber): () => void {
    const { assignmentId, classId } = subscriber.topic;
    add(this.byAssignment, assignmentId, subscriber);
    add(this.byClass, classId, subscriber);
    this.listener ??= this.startListener({
      onNotice: (notice) => this.dispatch(notice),
      onListening: () => this.everyone().forEach((s) => s.onReady()),
      onLost: () => this.everyone().forEach((s) => s.onLost()),
    });
    if (this.listener.listening) queueMicrotask(() => this.has(subscriber) && subscriber.onReady());
    return () => {
      remove(this.byAssignment, assignmentId, subscriber);
      remove(this.byClass, classId, subscriber);
    };
  }

  get subscriberCount(): number {
    return this.everyone().length;
  }

  private dispatch(notice: ChangeNotice): void {
    const watching = notice.k === "enrollment" ? this.byClass.get(notice.c) : this.byAssignment.get(notice.a);
    // A copy: a subscriber may unsubscribe (its stream ends) while being told.
    for (const subscriber of [...(watching ?? [])]) subscriber.onChange(notice);
  }

  private has(subscriber: ChangeSubscriber): boolean {
    return this.byAssignment.get(subscriber.topic.assignmentId)?.has(subscriber) ?? false;
  }

  private everyone(): ChangeSubscriber[] {
    return [...this.byAssignment.values()].flatMap((set) => [...set]);
  }

  async close(): Promise<void> {
    await this.listener?.close();
    this.listener = null;
  }
}

function add(map: Map<string, Set<ChangeSubscriber>>, key: string, subscriber: ChangeSubscriber): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(subscriber);
}

function remove(map: Map<string, Set<ChangeSubscriber>>, key: string, subscriber: ChangeSubscriber): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(subscriber);
  if (set.size === 0) map.delete(key);
}
