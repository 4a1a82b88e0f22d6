import { z } from "zod";
import type { IntendedSave } from "./simulated-student";

/** What the crash test counts; printed as one JSON line that tests parse with this schema. */
export const CrashCounts = z.object({
  /** Highlights made, each sent at least once. */
  sent: z.number().int(),
  /** Requests, retries included. */
  requests: z.number().int(),
  inFlightAtKill: z.number().int(),
  acknowledgedBeforeKill: z.number().int(),
  acknowledged: z.number().int(),
  /** Saves the server committed but could not answer before it died: a retry answered 200 with the stored record. */
  storedButUnacknowledged: z.number().int(),
  found: z.number().int(),
  acknowledgedMissing: z.number().int(),
  missing: z.number().int(),
  /** Rows beyond the first for one id, or for one student's same range and tag. */
  duplicates: z.number().int(),
  /** Rows no student meant to make, or stored with other content than was sent. */
  strays: z.number().int(),
  refused: z.number().int(),
  killedAfterMs: z.number(),
  downMs: z.number(),
  ok: z.boolean(),
});
export type CrashCounts = z.infer<typeof CrashCounts>;

export interface CrashRun {
  students: { intended: IntendedSave[]; acknowledged: Map<string, number>; refused: unknown[]; sends: number }[];
  acknowledgedBeforeKill: string[];
  inFlightAtKill: number;
  killedAfterMs: number;
  downMs: number;
  stored: { id: string; submissionId: string; start: number; end: number; tag: string }[];
}

/** Compares what the students sent and were told with what the database holds. */
export function countCrashOutcome(run: CrashRun): CrashCounts {
  const intended = new Map(run.students.flatMap((student) => student.intended.map((save) => [save.id, save] as const)));
  const acknowledged = new Map(run.students.flatMap((student) => [...student.acknowledged]));
  const rowsById = new Map<string, number>();
  const rowsByContent = new Map<string, number>();
  let strays = 0;
  for (const row of run.stored) {
    rowsById.set(row.id, (rowsById.get(row.id) ?? 0) + 1);
    const content = `${row.submissionId}:${row.start}:${row.end}:${row.tag}`;
    rowsByContent.set(content, (rowsByContent.get(content) ?? 0) + 1);
    const meant = intended.get(row.id);
    if (!meant || meant.start !== row.start || meant.end !== row.end || meant.tag !== row.tag) strays += 1;
  }
  const extra = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count - 1, 0);
  const isStored = (id: string) => rowsById.has(id);
  const counts = {
    sent: intended.size,
    requests: run.students.reduce((sum, student) => sum + student.sends, 0),
    inFlightAtKill: run.inFlightAtKill,
    acknowledgedBeforeKill: run.acknowledgedBeforeKill.length,
    acknowledged: acknowledged.size,
    storedButUnacknowledged: [...acknowledged.values()].filter((status) => status === 200).length,
    found: [...intended.keys()].filter(isStored).length,
    acknowledgedMissing: [...acknowledged.keys()].filter((id) => !isStored(id)).length,
    missing: [...intended.keys()].filter((id) => !isStored(id)).length,
    duplicates: Math.max(extra(rowsById), extra(rowsByContent)),
    strays,
    refused: run.students.reduce((sum, student) => sum + student.refused.length, 0),
    killedAfterMs: run.killedAfterMs,
    downMs: run.downMs,
  };
  const ok =
    counts.acknowledged === counts.sent &&
    counts.found === counts.sent &&
    counts.acknowledgedMissing === 0 &&
    counts.missing === 0 &&
    counts.duplicates === 0 &&
    counts.strays === 0 &&
    counts.refused === 0 &&
    run.acknowledgedBeforeKill.every(isStored);
  return { ...counts, ok };
}
