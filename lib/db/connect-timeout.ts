/**
 * How long connecting to PostgreSQL may take before it counts as a failure (node-postgres's
 * default is never): a host that does not answer makes requests and /api/health answer 503,
 * and `npm start` say so, instead of waiting for the kernel to give up minutes later.
 */
export const CONNECT_TIMEOUT_MS = 5_000;
