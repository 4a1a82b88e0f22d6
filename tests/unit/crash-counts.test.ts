import { describe, expect, it } from "vitest";
import { countCrashOutcome, type CrashRun } from "@/scripts/lib/crash-counts";

const save = (id: string, start: number) => ({ id, start, end: start + 4, tag: "quote" });
const row = (id: string, start: number, submissionId = "sub-1") => ({ id, submissionId, start, end: start + 4, tag: "quote" });

/** One student who made saves a, b and c; a before the kill, c only acknowledged by a retry (200). */
function run(stored: CrashRun["stored"], acknowledged: [string, number][] = [["a", 201], ["b", 201], ["c", 200]]): CrashRun {
  return {
    students: [{ intended: [save("a", 0), save("b", 10), save("c", 20)], acknowledged: new Map(acknowledged), refused: [], sends: 5 }],
    acknowledgedBeforeKill: ["a"],
    inFlightAtKill: 1,
    killedAfterMs: 1200,
    downMs: 2500,
    stored,
  };
}

describe("the crash test's counts", () => {
  it("are all good when every save made is stored once", () => {
    expect(countCrashOutcome(run([row("a", 0), row("b", 10), row("c", 20)]))).toEqual({
      sent: 3,
      requests: 5,
      inFlightAtKill: 1,
      acknowledgedBeforeKill: 1,
      acknowledged: 3,
      storedButUnacknowledged: 1,
      found: 3,
      acknowledgedMissing: 0,
      missing: 0,
      duplicates: 0,
      strays: 0,
      refused: 0,
      killedAfterMs: 1200,
      downMs: 2500,
      ok: true,
    });
  });

  it("catch an acknowledged save that is not in the database", () => {
    expect(countCrashOutcome(run([row("b", 10), row("c", 20)]))).toMatchObject({ found: 2, acknowledgedMissing: 1, missing: 1, ok: false });
  });

  it("catch a save that was never acknowledged", () => {
    expect(countCrashOutcome(run([row("a", 0), row("b", 10), row("c", 20)], [["a", 201], ["b", 201]]))).toMatchObject({ acknowledged: 2, ok: false });
  });

  it("catch the same highlight stored twice under another id, and count that row as a stray", () => {
    expect(countCrashOutcome(run([row("a", 0), row("b", 10), row("c", 20), row("x", 10)]))).toMatchObject({ duplicates: 1, strays: 1, ok: false });
  });

  it("catch a row stored with other content than was sent", () => {
    expect(countCrashOutcome(run([row("a", 0), row("b", 11), row("c", 20)]))).toMatchObject({ duplicates: 0, strays: 1, ok: false });
  });

  it("catch a refused save", () => {
    const refused = run([row("a", 0), row("b", 10), row("c", 20)]);
    refused.students[0]!.refused.push({ id: "b", status: 409 });
    expect(countCrashOutcome(refused)).toMatchObject({ refused: 1, ok: false });
  });
});
