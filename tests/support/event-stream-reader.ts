import type { HttpSession } from "./http-session";

/** One server-sent event as a browser's EventSource would hand it over. */
export interface ServerSentEvent {
  event: string;
  data: string;
  /** When it arrived (performance.now()). */
  at: number;
}

/**
 * A minimal EventSource for tests: opens the stream with the session's cookies, parses frames
 * (WHATWG "Server-sent events": fields up to a blank line, comments skipped) and lets a test
 * wait for the next event matching a predicate. `closed` resolves when the server ends the stream.
 */
export class EventStreamReader {
  readonly events: ServerSentEvent[] = [];
  readonly retries: number[] = [];
  private waiter: { match: (event: ServerSentEvent) => boolean; resolve: (event: ServerSentEvent) => void } | null = null;
  private readonly abort = new AbortController();
  private consumed = 0;
  readonly closed: Promise<void>;

  private constructor(
    readonly status: number,
    readonly headers: Headers,
    body: ReadableStream<Uint8Array> | null,
  ) {
    this.closed = body ? this.pump(body) : Promise.resolve();
  }

  static async open(session: HttpSession, path: string): Promise<EventStreamReader> {
    const cookie = session.cookies.header();
    const abort = new AbortController();
    const response = await fetch(new URL(path, session.baseUrl), { headers: { accept: "text/event-stream", ...(cookie && { cookie }) }, signal: abort.signal });
    const isStream = response.headers.get("content-type")?.startsWith("text/event-stream") ?? false;
    if (!isStream) await response.arrayBuffer();
    const reader = new EventStreamReader(response.status, response.headers, isStream ? response.body : null);
    reader.abort.signal.addEventListener("abort", () => abort.abort());
    return reader;
  }

  /** The next event after those already taken that matches (events before it are passed over), within `timeoutMs`. */
  next(match: (event: ServerSentEvent) => boolean, timeoutMs = 3_000): Promise<ServerSentEvent> {
    if (this.waiter) throw new Error("one next() at a time");
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new Error(`no matching event within ${timeoutMs} ms; got: ${JSON.stringify(this.events.slice(this.consumed))}`));
      }, timeoutMs);
      this.waiter = {
        match,
        resolve: (event) => {
          clearTimeout(timer);
          this.waiter = null;
          resolve(event);
        },
      };
      this.serve();
    });
  }

  private serve(): void {
    if (!this.waiter) return;
    const offset = this.events.slice(this.consumed).findIndex(this.waiter.match);
    if (offset === -1) return;
    this.consumed += offset + 1;
    this.waiter.resolve(this.events[this.consumed - 1]!);
  }

  nextNamed(name: string, timeoutMs?: number): Promise<ServerSentEvent> {
    return this.next((event) => event.event === name, timeoutMs);
  }

  close(): void {
    this.abort.abort();
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) !== -1) {
          this.take(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted by close(), or the connection dropped: the stream is over either way.
    }
  }

  private take(frame: string): void {
    let event = "message";
    const data: string[] = [];
    for (const line of frame.split("\n")) {
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
      else if (field === "retry") this.retries.push(Number(value));
    }
    if (data.length === 0) return;
    this.events.push({ event, data: data.join("\n"), at: performance.now() });
    this.serve();
  }
}
