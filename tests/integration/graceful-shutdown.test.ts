import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationDto } from "@/lib/annotations/schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { AppServer } from "@/scripts/lib/app-server";
import { SimulatedStudent, wordRanges } from "@/scripts/lib/simulated-student";
import { startAppInstance } from "./support/app-instance";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { CommitHold } from "./support/commit-hold";
import { openTestDatabase } from "./support/database";
import { testEnv } from "./support/test-env";
import { signIn, type ApiResponse, type HttpSession } from "../support/http-session";

/**
 * A deploy stops the server with SIGTERM while a class saves. The test holds two saves at
 * their COMMIT (see CommitHold) so that they are certainly in flight when the signal comes,
 * while the students keep saving around them.
 */
describe("SIGTERM while students save", () => {
  let db: PrismaClient;
  let fx: ClassFixture;
  let hold: CommitHold;
  let instance: AppServer;
  let sessions: HttpSession[];

  beforeAll(async () => {
    db = openTestDatabase();
    fx = await createClassFixture(db, "sigterm");
    hold = await CommitHold.install(testEnv("DATABASE_URL"));
    instance = await startAppInstance(testEnv("DATABASE_URL"));
    sessions = await Promise.all([fx.studentA1, fx.studentA2].map((who) => signIn(who.email, who.password, instance.url)));
  });

  afterAll(async () => {
    await instance?.stop();
    await hold?.uninstall();
    await db?.$disconnect();
  });

  it("stops taking requests, finishes those in flight, exits 0, and every acknowledged save is stored once", async () => {
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      instance.process.once("exit", (code, signal) => resolve({ code, signal })),
    );
    // Two of the class save (each their own words, one at a time) until the server is gone.
    const ranges = wordRanges(fx.article.text);
    const busy = [0, 1].map((i) => new SimulatedStudent(sessions[i]!, fx.assignmentA.id, ranges.filter((_, n) => n % 2 === i)));
    let serverGone = false;
    const saving = busy.map((student) => student.run({ stopMaking: () => serverGone, giveUp: () => serverGone }));
    const untilEachAcknowledged = async (count: number) => {
      const by = Date.now() + 10_000;
      while (!busy.every((student) => student.acknowledged.size >= count)) {
        expect(Date.now(), "the class's saves are not going through").toBeLessThan(by);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    await untilEachAcknowledged(2); // their submissions exist, so the held saves below hold up nobody

    await hold.hold();
    const heldSaves = ["a triumph for common sense", "a disastrous loss of green space"].map((phrase) => ({
      id: crypto.randomUUID(),
      ...locatePhrase(fx.article.text, phrase),
      tag: "quote",
      note: hold.marker,
    }));
    // Settled either way, so that a connection cut at the signal fails the assertion below, not the run.
    const heldAnswers: Promise<ApiResponse | Error>[] = heldSaves.map((save, i) =>
      sessions[i]!.post(`/api/assignments/${fx.assignmentA.id}/annotations`, save).catch((error: Error) => error),
    );
    await hold.untilWaiting(2);
    await untilEachAcknowledged(4); // saving goes on around the held ones

    instance.process.kill("SIGTERM");
    // New connections are refused at once, while the held saves are still running.
    const refusedNew = () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(Number(new URL(instance.url).port), "127.0.0.1");
        socket.once("connect", () => (socket.destroy(), resolve(false)));
        socket.once("error", () => resolve(true));
      });
    const deadline = Date.now() + 3_000;
    while (!(await refusedNew())) {
      expect(Date.now(), "a new connection was still accepted 3 s after SIGTERM").toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(instance.process.exitCode).toBeNull();
    expect(await hold.visibleRows(heldSaves.map((save) => save.id))).toBe(0);

    await hold.release();
    const releasedAt = Date.now();
    const answers = await Promise.all(heldAnswers);
    expect(answers.map((answer) => (answer instanceof Error ? `${answer.message}: ${String(answer.cause)}` : answer.status))).toEqual([201, 201]);
    for (const [i, answer] of answers.entries()) expect(AnnotationDto.parse((answer as ApiResponse).body).id).toBe(heldSaves[i]!.id);

    expect(await exited).toEqual({ code: 0, signal: null });
    // Kept-alive connections are closed as they fall idle, not left to time out (5 s in Node).
    expect(Date.now() - releasedAt).toBeLessThan(3_000);
    serverGone = true;
    await Promise.all(saving);
    expect(instance.log()).toMatch(/SIGTERM: taking no new requests; finishing \d+ in flight/);
    expect(instance.log()).toContain("Slant's server stopped");
    expect(instance.log()).not.toMatch(/unhandled|Error:/);

    const acknowledged = [...heldSaves.map((save) => save.id), ...busy.flatMap((student) => [...student.acknowledged.keys()])];
    const stored = await db.annotation.groupBy({ by: ["id"], where: { id: { in: acknowledged } }, _count: { id: true } });
    expect(stored.length).toBe(acknowledged.length);
    expect(stored.every((row) => row._count.id === 1)).toBe(true);
    expect(busy.flatMap((student) => student.refused)).toEqual([]);
    // And the server stored nothing it did not answer: what it never acknowledged, it never began.
    const unanswered = busy.flatMap((student) => student.unacknowledged().map((save) => save.id));
    expect(await db.annotation.count({ where: { id: { in: unanswered } } })).toBe(0);
    console.log(`SIGTERM: ${acknowledged.length} saves acknowledged (2 of them in flight at the signal), all stored once`);
  });
});

describe("SIGTERM while a teacher watches live progress", () => {
  let db: PrismaClient;
  let fx: ClassFixture;
  let instance: AppServer;

  beforeAll(async () => {
    db = openTestDatabase();
    fx = await createClassFixture(db, "sigterm-live");
    instance = await startAppInstance(testEnv("DATABASE_URL"));
  });

  afterAll(async () => {
    await instance?.stop();
    await db?.$disconnect();
  });

  it("ends the open event stream at once (its browser reconnects elsewhere) and exits 0 well within the grace period", async () => {
    const teacher = await signIn(fx.teacherA.email, fx.teacherA.password, instance.url);
    const exited = new Promise<number | null>((resolve) => instance.process.once("exit", (code) => resolve(code)));
    const response = await fetch(`${instance.url}/api/assignments/${fx.assignmentA.id}/events`, { headers: { cookie: teacher.cookies.header() ?? "" } });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const stream = response.body!.getReader();
    await stream.read(); // the stream is open and has said something

    const signalled = Date.now();
    instance.process.kill("SIGTERM");
    const ended = await (async () => {
      for (;;) {
        const { done } = await stream.read().catch(() => ({ done: true }));
        if (done) return Date.now();
      }
    })();
    expect(await exited).toBe(0);
    expect(ended - signalled).toBeLessThan(2_000);
    expect(Date.now() - signalled).toBeLessThan(4_000);
  });
});
