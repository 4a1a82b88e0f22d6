/** The p-th percentile of sorted numbers (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `call` `rounds` times from `concurrency` workers; latency percentiles and throughput. A 4xx or 5xx stops the run. */
export async function measure(label: string, rounds: number, concurrency: number, call: (i: number) => Promise<{ status: number }>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < rounds) {
      const i = next++;
      const t = performance.now();
      const response = await call(i);
      if (response.status >= 400) throw new Error(`${label}: request ${i} answered ${response.status}`);
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { label, rounds, concurrency, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, perSecond: rounds / seconds };
}
