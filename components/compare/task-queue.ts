/**
 * Runs tasks one after another, each starting when the one before has settled. Two quick
 * clicks that each read a comment and write it back would otherwise both read the old comment,
 * and the second write would drop the first one's line.
 */
export function createTaskQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
