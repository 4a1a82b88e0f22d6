// async-exit-hook ships no types; these are the functions we use.
declare module "async-exit-hook" {
  /** Runs `hook` on exit and on SIGINT/SIGTERM/SIGHUP; an async hook calls `done` when finished. */
  function exitHook(hook: (done: () => void) => void): void;
  namespace exitHook {
    /** Listens for `event` again, exiting with `code` once every hook is done. */
    function hookEvent(event: string, code: number): void;
    function unhookEvent(event: string): void;
    /** How long async hooks may take before the process exits anyway (10 s by default). */
    function forceExitTimeout(ms: number): void;
  }
  export default exitHook;
}
