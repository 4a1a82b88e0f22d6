import pg from "pg";
import { CHANGES_CHANNEL, parseChangeNotice, type ChangeNotice } from "./change-notice";

/** How the LISTEN connection shows in pg_stat_activity (an operator, or a test, can find it there). */
export const LISTENER_APPLICATION_NAME = "slant-live-events";

export interface ChangeListenerHandlers {
  onNotice(notice: ChangeNotice): void;
  /** Connected and listening: at first, and again after every reconnect (notices in between are lost). */
  onListening(): void;
  /** The connection dropped; reconnecting. */
  onLost(error: unknown): void;
}

export interface ChangeListenerOptions {
  connectionString: string;
  /** The first reconnect waits this long, each next one twice as long, up to maxDelayMs (with jitter). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A connection that silently died (no FIN: a failed-over database, a cut network) is noticed by this ping. */
  pingIntervalMs?: number;
  pingTimeoutMs?: number;
}

export interface ChangeListener {
  readonly listening: boolean;
  close(): Promise<void>;
}

/**
 * One PostgreSQL connection that LISTENs for change notices and keeps doing so: after a dropped
 * connection, a terminated backend or a database restart it reconnects with backoff, for as long
 * as it takes, and says so (onLost, then onListening). It needs a connection of its own, direct
 * or through a session-mode pooler: a transaction-mode pooler would drop the LISTEN.
 */
export function startChangeListener(handlers: ChangeListenerHandlers, options: ChangeListenerOptions): ChangeListener {
  const initialDelay = options.initialDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const pingInterval = options.pingIntervalMs ?? 30_000;
  const pingTimeout = options.pingTimeoutMs ?? 5_000;
  let current: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let failures = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;

  const drop = (client: pg.Client, error: unknown) => {
    // An old client's late 'error' or 'end' (each drop brings both) is not news.
    if (client !== current) return;
    current = null;
    const wasListening = listening;
    listening = false;
    clearInterval(pingTimer);
    client.end().catch(() => undefined);
    if (closed) return;
    if (wasListening) handlers.onLost(error);
    const delay = Math.min(maxDelay, initialDelay * 2 ** failures) * (0.5 + Math.random() / 2);
    failures += 1;
    reconnectTimer = setTimeout(connect, delay);
  };

  const ping = (client: pg.Client) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("the LISTEN connection did not answer a ping")), pingTimeout)));
    Promise.race([client.query("SELECT 1"), timeout])
      .catch((error: unknown) => drop(client, error))
      .finally(() => clearTimeout(timer));
  };

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: options.connectionString, application_name: LISTENER_APPLICATION_NAME, keepAlive: true, connectionTimeoutMillis: 5_000 });
    current = client;
    // Without an 'error' listener a dropped connection would crash the process.
    client.on("error", (error) => drop(client, error));
    client.on("end", () => drop(client, new Error("the LISTEN connection ended")));
    client.on("notification", (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      const notice = parseChangeNotice(message.payload);
      if (notice) handlers.onNotice(notice);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      drop(client, error);
      return;
    }
    if (client !== current) return;
    if (closed) {
      await client.end().catch(() => undefined);
      return;
    }
    failures = 0;
    listening = true;
    pingTimer = setInterval(() => ping(client), pingInterval);
    pingTimer.unref();
    handlers.onListening();
  }

  void connect();
  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      clearInterval(pingTimer);
      const client = current;
      current = null;
      listening = false;
      await client?.end().catch(() => undefined);
    },
  };
}
