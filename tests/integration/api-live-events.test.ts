import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AssignmentChangeEvent } from "@/lib/events/assignment-event-schemas";
import { LISTENER_APPLICATION_NAME } from "@/lib/events/change-listener";
import { locatePhrase } from "@/prisma/seed/factories";
import { EventStreamReader, type ServerSentEvent } from "../support/event-stream-reader";
import type { HttpSession } from "../support/http-session";
import { joinCodeOf, newPassword, signUpStudent, uniqueUsername } from "./support/account-data";
import { createClassFixture, signInEveryone, type ClassFixture, type ClassSessions } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import { signOutOver } from "./support/sessions";

let db: PrismaClient;
let fx: ClassFixture;
let people: ClassSessions;
const open: EventStreamReader[] = [];

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "live-events");
  people = await signInEveryone(fx);
});

afterEach(() => {
  for (const stream of open.splice(0)) stream.close();
});

afterAll(async () => {
  await db.$disconnect();
});

async function watch(session: HttpSession, assignmentId: string): Promise<EventStreamReader> {
  const stream = await EventStreamReader.open(session, `/api/assignments/${assignmentId}/events`);
  open.push(stream);
  return stream;
}

/** A stream that is live: the instance listens, so nothing saved from now on is missed. */
async function watchLive(session: HttpSession, assignmentId: string): Promise<EventStreamReader> {
  const stream = await watch(session, assignmentId);
  expect(stream.status).toBe(200);
  await stream.nextNamed("ready");
  return stream;
}

const changes = (event: ServerSentEvent) => AssignmentChangeEvent.parse(JSON.parse(event.data)).changes;
const isChange = (kind: string, studentId?: string) => (event: ServerSentEvent) =>
  event.event === "change" && changes(event).some((change) => change.kind === kind && change.studentId === studentId);

async function newAssignment(revealPolicy: "AFTER_SUBMIT" | "ALWAYS" = "AFTER_SUBMIT"): Promise<string> {
  const response = await people.teacherA.post<{ id: string }>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Watch the class", revealPolicy });
  expect(response.status).toBe(201);
  return response.body.id;
}

function save(student: HttpSession, assignmentId: string, phrase: string) {
  return student.post(`/api/assignments/${assignmentId}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag: "quote" });
}

/** Milliseconds from a request's answer to the matching event, which must come within a second. */
async function eventAfter(stream: EventStreamReader, action: () => Promise<{ status: number }>, expectedStatus: number, match: (event: ServerSentEvent) => boolean) {
  const waiting = stream.next(match, 1_000);
  const response = await action();
  const answered = performance.now();
  expect(response.status).toBe(expectedStatus);
  const event = await waiting;
  return Math.max(0, event.at - answered);
}

describe("GET /api/assignments/{id}/events", () => {
  it("answers the class's teacher with an event stream that is not cached or buffered by a proxy, and a reconnect hint", async () => {
    const stream = await watchLive(people.teacherA, await newAssignment());
    expect(stream.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(stream.headers.get("cache-control")).toBe("no-store");
    expect(stream.headers.get("x-accel-buffering")).toBe("no");
    expect(stream.retries).toEqual([2_000]);
  });

  it("the teacher's stream tells of a student's save within a second, naming the student, and of the submission", async () => {
    const assignmentId = await newAssignment();
    const stream = await watchLive(people.teacherA, assignmentId);
    const afterSave = await eventAfter(stream, () => save(people.studentA1, assignmentId, "a triumph for common sense"), 201, isChange("annotation", fx.studentA1.id));
    const afterSubmit = await eventAfter(stream, () => people.studentA1.post(`/api/assignments/${assignmentId}/submit`), 200, isChange("submission", fx.studentA1.id));
    expect(afterSave).toBeLessThan(1_000);
    expect(afterSubmit).toBeLessThan(1_000);
  });

  it("a save through the batch endpoint is an event too (every write path is)", async () => {
    const assignmentId = await newAssignment();
    const stream = await watchLive(people.teacherA, assignmentId);
    await eventAfter(
      stream,
      () => people.studentA2.post(`/api/assignments/${assignmentId}/annotations/batch`, { operations: [{ op: "create", id: crypto.randomUUID(), ...locatePhrase(fx.article.text, "rigged from the start"), tag: "quote" }] }),
      200,
      isChange("annotation", fx.studentA2.id),
    );
  });

  it("a student joining the class is a change to the class's progress", async () => {
    const stream = await watchLive(people.teacherA, await newAssignment());
    const code = await joinCodeOf(db, fx.classA.id);
    const joined = stream.next((event) => event.event === "change" && changes(event).some((change) => change.kind === "enrollment"), 1_000);
    const signedUp = await signUpStudent({ code, name: "Noor Haddad", username: uniqueUsername("noor"), password: newPassword() });
    expect(signedUp.status).toBe(201);
    expect(changes(await joined)).toEqual([{ kind: "enrollment", studentId: signedUp.body.id }]);
  });

  it("tells nothing about another assignment's work", async () => {
    const watched = await newAssignment();
    const other = await newAssignment();
    const stream = await watchLive(people.teacherA, watched);
    expect((await save(people.studentA2, other, "ending a two-year dispute")).status).toBe(201);
    expect((await save(people.studentA1, watched, "ending a two-year dispute")).status).toBe(201);
    // Notifications arrive in commit order, so a leak of the other save would come first.
    const event = await stream.nextNamed("change");
    expect(changes(event).map((change) => change.studentId)).toContain(fx.studentA1.id);
    expect(event.data).not.toContain(fx.studentA2.id);
  });

  it("a classmate after the reveal hears that work was handed in, but not whose, and nothing of drafts", async () => {
    const assignmentId = await newAssignment("ALWAYS");
    const stream = await watchLive(people.studentA2, assignmentId);
    expect((await save(people.studentA1, assignmentId, "a disastrous loss of green space")).status).toBe(201);
    expect((await people.studentA1.post(`/api/assignments/${assignmentId}/submit`)).status).toBe(200);
    const first = await stream.nextNamed("change");
    expect(changes(first)).toEqual([{ kind: "submission" }]);
    expect(first.data).not.toContain(fx.studentA1.id);
  });

  it("is refused at opening as the comparison is: another class's student and teacher 404, a classmate before the reveal 403, nobody 401", async () => {
    const assignmentId = await newAssignment();
    expect((await watch(people.studentB, assignmentId)).status).toBe(404);
    expect((await watch(people.teacherB, assignmentId)).status).toBe(404);
    expect((await watch(people.studentA1, assignmentId)).status).toBe(403);
    expect((await watch(people.teacherA, "not-an-id")).status).toBe(404);
  });

  it("a stream whose session was signed out ends at the next change instead of telling it", async () => {
    const assignmentId = await newAssignment();
    const teacher = await fx.signIn(fx.teacherA);
    const stream = await watchLive(teacher, assignmentId);
    expect(await signOutOver(teacher)).toBe(302);
    expect((await save(people.studentA1, assignmentId, "a triumph for common sense")).status).toBe(201);
    const ended = await stream.nextNamed("end");
    expect(JSON.parse(ended.data)).toEqual({ reason: "not_allowed" });
    await stream.closed;
    expect(stream.events.map((event) => event.event)).toEqual(["ready", "end"]);
  });

  it("survives its LISTEN connection being killed: the stream ends, the reconnect is live again, and the next save arrives", async () => {
    const assignmentId = await newAssignment();
    const before = await watchLive(people.teacherA, assignmentId);
    // In the select list, so that only the rows the WHERE kept are terminated.
    const killed = await db.$queryRaw<{ terminated: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE application_name = ${LISTENER_APPLICATION_NAME} AND datname = current_database()`;
    expect(killed.length).toBeGreaterThanOrEqual(1);
    expect(killed.every((row) => row.terminated)).toBe(true);
    // The instance may have missed changes while it was not listening: it ends the stream, as a browser's cue to reconnect and re-fetch.
    await before.closed;

    const started = performance.now();
    const after = await watchLive(people.teacherA, assignmentId);
    expect(performance.now() - started).toBeLessThan(3_000);
    await eventAfter(after, () => save(people.studentA1, assignmentId, "rigged from the start"), 201, isChange("annotation", fx.studentA1.id));
  });
});
