import { randomUUID } from "node:crypto";
import type { HttpSession } from "@/tests/support/http-session";

/** One highlight a student means to save: its client-made id says which, however often it is sent. */
export interface IntendedSave {
  id: string;
  start: number;
  end: number;
  tag: string;
}

/** Every word of `text` as a range a highlight may cover (never white space, never half an emoji). */
export function wordRanges(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\p{L}+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const TAGS = ["quote", "opinion", "loaded_language", "factual_claim"];

/**
 * A student's reader under test: it makes highlights (each with a fresh id and its own
 * word), sends them one at a time in order like the reader's save queue, and keeps every
 * one it has no 2xx for to send again. A 2xx is the acknowledgement; a network error or a
 * 5xx leaves the outcome unknown (the server may have stored it before it went away), and
 * only a retry with the same id settles it.
 */
export class SimulatedStudent {
  readonly intended: IntendedSave[] = [];
  readonly acknowledged = new Map<string, number>(); // id -> the status that acknowledged it
  /** 4xx answers: the server refused a save, which none of these should be. */
  readonly refused: { id: string; status: number; text: string }[] = [];
  inFlight = 0;
  sends = 0;
  private nextWord = 0;

  constructor(
    readonly session: HttpSession,
    private readonly assignmentId: string,
    private readonly ranges: { start: number; end: number }[],
  ) {}

  /** The oldest save not yet acknowledged, or a new one when `makeNew` and none waits. */
  private nextToSend(makeNew: boolean): IntendedSave | undefined {
    const waiting = this.intended.find((save) => !this.acknowledged.has(save.id) && !this.refused.some((r) => r.id === save.id));
    if (waiting || !makeNew || this.nextWord >= this.ranges.length) return waiting;
    const range = this.ranges[this.nextWord]!;
    const save = { id: randomUUID(), ...range, tag: TAGS[this.nextWord % TAGS.length]! };
    this.nextWord += 1;
    this.intended.push(save);
    return save;
  }

  /** Sends one save; true when it was acknowledged. */
  async send(save: IntendedSave): Promise<boolean> {
    this.inFlight += 1;
    this.sends += 1;
    try {
      const response = await this.session.post(`/api/assignments/${this.assignmentId}/annotations`, save);
      if (response.status >= 200 && response.status < 300) {
        this.acknowledged.set(save.id, response.status);
        return true;
      }
      if (response.status < 500) this.refused.push({ id: save.id, status: response.status, text: response.text });
      return false;
    } catch {
      return false; // connection refused or cut: outcome unknown
    } finally {
      this.inFlight -= 1;
    }
  }

  /** The highlights made that no answer acknowledged (yet). */
  unacknowledged(): IntendedSave[] {
    return this.intended.filter((save) => !this.acknowledged.has(save.id));
  }

  /**
   * Saves until `stopMaking()` says to stop making new highlights and every one made is
   * acknowledged, or until `giveUp()`. Waits a little after a failure, as a queue backs off.
   */
  async run(until: { stopMaking: () => boolean; giveUp: () => boolean }): Promise<void> {
    const { stopMaking } = until;
    let backoff = 50;
    while (!until.giveUp()) {
      const save = this.nextToSend(!stopMaking());
      if (!save) {
        if (stopMaking()) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      if (await this.send(save)) backoff = 50;
      else {
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, 400);
      }
    }
  }
}
