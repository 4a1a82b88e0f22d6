import type { FirstLoadJavaScript } from "./first-load-javascript";
import type { LoadResult } from "./load-generator";
import type { PostgresCeiling } from "./postgres-ceiling";

export interface BenchReport {
  machine: string;
  date: string;
  students: number;
  results: (LoadResult & { serverCpuMsPerRequest: number | null })[];
  appPeakRssMiB: number | null;
  queueDrain: { size: number; medianMs: number };
  postgres: PostgresCeiling;
  readerJavaScript: FirstLoadJavaScript;
  database: string;
}

const isBare = (r: LoadResult) => r.label.startsWith("bare");
const isEmpty = (r: LoadResult) => r.label.startsWith("empty");

/** The table the README shows: each run, and Slant's throughput as a share of the two baselines of the same loop. */
export function printReport(report: BenchReport): void {
  const baselineOf = (result: LoadResult, pick: (r: LoadResult) => boolean): LoadResult | undefined =>
    report.results.find((r) => pick(r) && r.loop.split(",")[0] === result.loop.split(",")[0]);
  console.log(`\nSlant benchmark: ${report.machine}; ${report.students} students signed in; ${report.date}\n`);
  console.table(
    report.results.map((r) => {
      const bare = baselineOf(r, isBare);
      const empty = baselineOf(r, isEmpty);
      const closed = r.loop.startsWith("closed");
      return {
        what: r.label,
        load: r.loop,
        "saves/s": r.savesPerSecond.toFixed(0),
        "req/s": r.requestsPerSecond.toFixed(0),
        "p50 ms": r.p50,
        "p95 ms": r.p95,
        "p99 ms": r.p99,
        errors: r.errors,
        "server CPU ms/req": r.serverCpuMsPerRequest?.toFixed(2) ?? "?",
        "÷ bare": closed && bare && !isBare(r) ? `${((100 * r.savesPerSecond) / bare.savesPerSecond).toFixed(1)}%` : "",
        "÷ empty route": closed && empty && !isBare(r) && !isEmpty(r) ? `${((100 * r.savesPerSecond) / empty.savesPerSecond).toFixed(1)}%` : "",
      };
    }),
  );
  console.log(`App peak RSS: ${report.appPeakRssMiB ?? "?"} MiB`);
  console.log(`A reader's queue of ${report.queueDrain.size} waiting changes drains in one request: ${report.queueDrain.medianMs} ms (median of 5)`);
  const js = report.readerJavaScript;
  console.log(`Reader page first-load JavaScript: ${js.gzippedKiB} KiB gzipped (${js.rawKiB} KiB raw, ${js.files} files)`);
  const pg = report.postgres;
  console.log(
    `PostgreSQL alone, ${pg.connections} connections: ${pg.singleRowInsertsPerSecond.toLocaleString("en-US")} one-row INSERTs/s (a commit each), ` +
      `${pg.batchedRowsPerSecond.toLocaleString("en-US")} rows/s in INSERTs of 100`,
  );
  console.log(`Database: ${report.database}`);
}
