/**
 * Calls `onGone` once if the process that started this one exits (this one is then adopted
 * by init or a subreaper, and its parent id changes); checked every second. `npm start`
 * runs Slant under `sh -c`, which dies on SIGTERM without passing it on, and a test or a
 * start script can die without stopping what it started: either way, nothing of Slant is
 * left running, holding its port and its database.
 */
export function whenParentGoes(onGone: () => void): void {
  const parent = process.ppid;
  if (parent <= 1) return; // started by init itself (a container's first process): no one to outlive
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, 1_000);
  timer.unref();
}
