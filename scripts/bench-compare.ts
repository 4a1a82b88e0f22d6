// `npm run bench:compare`: times the whole class comparison (segments, consensus, hotspots,
// agreement, scores against the key) on synthetic classes reading a 20,000-character article.
// Then the demo class's Compare tab from the production server. BENCH_COMPARE_PAGE=0 skips it.
import { compareReadings, type CompareInput } from "@/lib/compare";
import { measureDemoComparePage } from "./bench-compare/demo-compare-page";
import { syntheticClass, syntheticText } from "./bench-compare/synthetic-class";

const TEXT_LENGTH = 20_000;
const SPANS_PER_READER = 40;
const CLASSES = [
  { readers: 35, budgetMs: 20, runs: 50 },
  { readers: 1_000, budgetMs: 300, runs: 10 },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const text = syntheticText(TEXT_LENGTH);
const results = CLASSES.map(({ readers, budgetMs, runs }) => {
  const { readings, key } = syntheticClass(text, readers, SPANS_PER_READER);
  const input: CompareInput = { text, tags: ["quote", "opinion", "loaded_language", "factual_claim"], readings, key, tag: null, consensusShare: 2 / 3 };
  compareReadings(input); // warm-up: the first call pays for JIT compilation
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    compareReadings(input);
    return performance.now() - started;
  });
  const result = compareReadings(input);
  return { readers, spans: readers * SPANS_PER_READER, budgetMs, medianMs: median(times), maxMs: Math.max(...times), segments: result.segments.length, hotspots: result.hotspots.length };
});

console.log(`Compare computation, ${TEXT_LENGTH.toLocaleString("en")}-character article, ${SPANS_PER_READER} spans per reader (median of repeated runs):`);
console.table(results.map((r) => ({ readers: r.readers, spans: r.spans, "median ms": r.medianMs.toFixed(1), "max ms": r.maxMs.toFixed(1), budget: `< ${r.budgetMs} ms`, within: r.medianMs < r.budgetMs ? "yes" : "NO", segments: r.segments, hotspots: r.hotspots })));
const [small, large] = results as [(typeof results)[number], (typeof results)[number]];
console.log(`Growth from ${small.readers} to ${large.readers} readers (${(large.readers / small.readers).toFixed(1)}× the spans): ${(large.medianMs / small.medianMs).toFixed(1)}× the time.`);
if (results.some((r) => r.medianMs >= r.budgetMs)) process.exitCode = 1;

if (process.env.BENCH_COMPARE_PAGE !== "0") {
  const page = await measureDemoComparePage();
  console.log("\nThe demo class's Compare tab (three readers), production server, one client:");
  console.table(page.map((r) => ({ request: r.label, requests: r.rounds, "p50 ms": r.p50.toFixed(1), "p95 ms": r.p95.toFixed(1), "max ms": r.max.toFixed(1), budget: "< 300 ms", within: r.p50 < 300 ? "yes" : "NO" })));
  if (page[0]!.p50 >= 300) process.exitCode = 1;
}
process.exit();
