// The benchmark's load generator, run in its own process so that it does not share the
// server's event loop: closed loop with autocannon (N connections as fast as they go), open
// loop with a scheduler of its own (a fixed arrival rate). Prints one JSON result.
import { readFileSync } from "node:fs";
import http from "node:http";
import autocannon from "autocannon";
import * as hdr from "hdr-histogram-js";
import { annotationsPath, BATCH_SIZE, newHighlight, type LoadPlan, type VirtualStudent } from "./workload";

export interface LoadResult {
  label: string;
  loop: string;
  requests: number;
  /** Saves per second: requests per second, times BATCH_SIZE for the batch workload. */
  savesPerSecond: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

type SerializedPlan = Omit<LoadPlan, "savePath"> & { savePath?: string };

const plan = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as SerializedPlan;
const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000, numberOfSignificantValueDigits: 3 });
let nextStudent = 0;
const pickStudent = (): VirtualStudent => plan.students[nextStudent++ % plan.students.length]!;
const savePath = (student: VirtualStudent) => plan.savePath?.replace("{assignmentId}", student.assignmentId) ?? annotationsPath(student);
const jsonHeaders = (student: VirtualStudent) => ({ cookie: student.cookie, "content-type": "application/json" });

type Context = { student?: VirtualStudent; ids?: string[]; seed?: number };
type Request = { method: string; path: string; headers: Record<string, string>; body?: string };

/** A student's visit, repeated: mostly new highlights, some tag changes and notes, a read of their list. */
function appRequests() {
  const create = {
    setupRequest: (request: Request, context: Context) => {
      context.student ??= pickStudent();
      context.seed = (context.seed ?? 0) + 1;
      const highlight = newHighlight(plan.textLength, context.seed);
      (context.ids ??= []).push(highlight.id);
      return { ...request, method: "POST", path: annotationsPath(context.student), headers: jsonHeaders(context.student), body: JSON.stringify(highlight) };
    },
  };
  const edit = (patch: (seed: number) => object) => ({
    setupRequest: (request: Request, context: Context) => {
      const id = context.ids!.at(-1)!;
      return { ...request, method: "PATCH", path: `/api/annotations/${id}`, headers: jsonHeaders(context.student!), body: JSON.stringify(patch(context.seed ?? 0)) };
    },
  });
  const list = {
    setupRequest: (request: Request, context: Context) => ({ ...request, method: "GET", path: annotationsPath(context.student!), headers: { cookie: context.student!.cookie } }),
  };
  return [create, create, edit(() => ({ tag: "opinion" })), create, edit((seed) => ({ note: `Why this is slanted, take ${seed}.` })), list, create];
}

function saveRequest(batch: boolean) {
  return {
    setupRequest: (request: Request, context: Context) => {
      const student = pickStudent();
      context.seed = (context.seed ?? 0) + 1;
      const body = batch
        ? { operations: Array.from({ length: BATCH_SIZE }, (_, i) => ({ op: "create", ...newHighlight(plan.textLength, (context.seed ?? 0) + i) })) }
        : newHighlight(plan.textLength, context.seed);
      return { ...request, method: "POST", path: batch ? `${annotationsPath(student)}/batch` : savePath(student), headers: jsonHeaders(student), body: JSON.stringify(body) };
    },
  };
}

async function closedLoop(connections: number, seconds: number): Promise<{ requests: number; errors: number; seconds: number }> {
  const requests = plan.workload === "app" ? appRequests() : [saveRequest(plan.workload === "batch")];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url: plan.baseUrl, connections, duration: seconds, requests: requests as autocannon.Request[], timeout: 30 };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status < 400) histogram.recordValue(Math.max(1, Math.round(responseTime)));
    });
  });
  return { requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx, seconds };
}

/**
 * A fixed arrival rate, as a class produces: each request is sent at its scheduled time
 * whether or not earlier ones have come back, and its latency counts from that time, so a
 * server that falls behind shows its queueing instead of slowing the generator down.
 * (autocannon's rate option waits for a free connection and times from the send.)
 */
async function openLoop(perSecond: number, seconds: number): Promise<{ requests: number; errors: number; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const url = new URL(plan.baseUrl);
  const total = Math.round(perSecond * seconds);
  const started = performance.now();
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = started + (i * 1000) / perSecond;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const student = plan.students[i % plan.students.length]!;
    const body = JSON.stringify(plan.workload === "batch" ? { operations: [{ op: "create", ...newHighlight(plan.textLength, i) }] } : newHighlight(plan.textLength, i));
    const path = plan.workload === "batch" ? `${annotationsPath(student)}/batch` : savePath(student);
    inFlight.push(
      new Promise<void>((resolve) => {
        const request = http.request({ host: url.hostname, port: url.port, path, method: "POST", agent, headers: { ...jsonHeaders(student), "content-length": Buffer.byteLength(body) } }, (response) => {
          response.resume();
          response.on("end", () => {
            if ((response.statusCode ?? 500) >= 400) errors++;
            else histogram.recordValue(Math.max(1, Math.round(performance.now() - scheduled)));
            resolve();
          });
        });
        request.on("error", () => {
          errors++;
          resolve();
        });
        request.end(body);
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { requests: total, errors, seconds };
}

const run = plan.loop.kind === "closed" ? await closedLoop(plan.loop.connections, plan.loop.seconds) : await openLoop(plan.loop.perSecond, plan.loop.seconds);
const requestsPerSecond = run.requests / run.seconds;
const result: LoadResult = {
  label: plan.label,
  loop: plan.loop.kind === "closed" ? `closed, ${plan.loop.connections} connections, ${plan.loop.seconds} s` : `open, ${plan.loop.perSecond}/s for ${plan.loop.seconds} s`,
  requests: run.requests,
  requestsPerSecond,
  savesPerSecond: plan.workload === "batch" && plan.loop.kind === "closed" ? requestsPerSecond * BATCH_SIZE : requestsPerSecond,
  p50: histogram.getValueAtPercentile(50),
  p95: histogram.getValueAtPercentile(95),
  p99: histogram.getValueAtPercentile(99),
  errors: run.errors,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
