import "server-only";
import { isDatabaseUp } from "./check-database";

const PROBE_TIMEOUT_MS = 1_500;

let probing: Promise<boolean> | undefined;

/**
 * Whether the database answers now, for refusing a page with a clear 503 before it fails
 * halfway through rendering. Requests that ask at the same moment share one probe (a
 * `SELECT 1` on a pooled connection, well under a millisecond while all is well). Nothing
 * is remembered between probes: a remembered "up" would let pages fail for that long
 * after an outage began, and a remembered "down" would refuse them after it ended.
 */
export function isDatabaseReachable(): Promise<boolean> {
  probing ??= isDatabaseUp(PROBE_TIMEOUT_MS).finally(() => {
    probing = undefined;
  });
  return probing;
}
