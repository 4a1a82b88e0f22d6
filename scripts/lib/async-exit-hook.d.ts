// async-exit-hook ships no types; this is the one function we use.
declare module "async-exit-hook" {
  /** Runs `hook` on exit and on SIGINT/SIGTERM/SIGHUP; an async hook calls `done` when finished. */
  function exitHook(hook: (done: () => void) => void): void;
  export default exitHook;
}
