import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AssignmentDto } from "@/lib/classes/assignment-schemas";
import type { PrismaClient } from "@/lib/db/generated/client";
import { TIME_ZONE_COOKIE } from "@/lib/time/time-zone-cookie";
import type { HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;

const create = async (extra: Record<string, unknown>) => {
  const response = await teacherA.post("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Who speaks for the river?", ...extra });
  expect(response.status).toBe(201);
  return AssignmentDto.parse(response.body);
};

/** The assignment page as a viewer whose browser is in `zone` and reads `language` sees it. */
const pageAs = async (session: HttpSession, assignmentId: string, zone: string | null, language: string) => {
  if (zone) session.cookies.set(TIME_ZONE_COOKIE, encodeURIComponent(zone));
  const response = await session.get(`/assignments/${assignmentId}`, { headers: { accept: "text/html", "accept-language": language } });
  expect(response.status).toBe(200);
  return response.text;
};

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "due-date-zones");
  ({ teacherA, studentA1 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("a due date typed on a teacher's clock", () => {
  it("17:00 typed in New York in winter is stored as 22:00 UTC, and shown back as 17:00 with the zone named", async () => {
    const assignment = await create({ dueAt: "2031-12-03T17:00", timeZone: "America/New_York" });
    expect(assignment.dueAt).toBe("2031-12-03T22:00:00.000Z");
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).dueAt?.toISOString()).toBe("2031-12-03T22:00:00.000Z");
    expect(await pageAs(teacherA, assignment.id, "America/New_York", "en-GB")).toContain(`<time dateTime="2031-12-03T22:00:00.000Z">Wed 3 Dec, 17:00 GMT-5</time>`);
    expect(await pageAs(teacherA, assignment.id, "America/New_York", "en-US")).toContain(`<time dateTime="2031-12-03T22:00:00.000Z">Wed, Dec 3, 5:00 PM EST</time>`);
  });

  it("17:00 typed in New York in summer is stored as 21:00 UTC, and shown as 17:00 EDT", async () => {
    const { id } = await create({ dueAt: "2031-12-03T17:00", timeZone: "America/New_York" });
    const moved = await teacherA.patch(`/api/assignments/${id}`, { dueAt: "2031-07-01T17:00", timeZone: "America/New_York" });
    expect(moved.status).toBe(200);
    expect(AssignmentDto.parse(moved.body).dueAt).toBe("2031-07-01T21:00:00.000Z");
    expect(await pageAs(teacherA, id, "America/New_York", "en-US")).toContain(">Tue, Jul 1, 5:00 PM EDT</time>");
  });

  it("a student in another zone sees the same instant on their own clock: 17:00 in New York is 03:30 the next day in Kolkata", async () => {
    const { id } = await create({ dueAt: "2031-12-03T17:00", timeZone: "America/New_York" });
    expect(await pageAs(studentA1, id, "Asia/Kolkata", "en-GB")).toContain(">Thu 4 Dec, 03:30 GMT+5:30</time>");
  });

  it("17:00 typed in Kolkata is 11:30 UTC", async () => {
    expect((await create({ dueAt: "2031-12-03T17:00", timeZone: "Asia/Kolkata" })).dueAt).toBe("2031-12-03T11:30:00.000Z");
  });

  it("a viewer whose zone is not known yet, or is not a zone, sees UTC, named", async () => {
    const { id } = await create({ dueAt: "2031-12-03T22:00:00Z" });
    expect(await pageAs(teacherA, id, "Mars/Olympus_Mons", "en-GB")).toContain(">Wed 3 Dec, 22:00 UTC</time>");
  });

  it("a typed time without the zone it was typed in is 422 and names the missing field; so is an unknown zone", async () => {
    const without = await teacherA.post("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "T", dueAt: "2031-12-03T17:00" });
    expect(expectError(without, 422, "validation_failed").error.message).toMatch(/time zone is needed with a due date without an offset/);
    const unknown = await teacherA.patch(`/api/assignments/${fx.assignmentA.id}`, { dueAt: "2031-12-03T17:00", timeZone: "Mars/Olympus_Mons" });
    expect(expectError(unknown, 422, "validation_failed").error.message).toMatch(/time zone must be a time zone like America\/New_York/);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: fx.assignmentA.id } })).dueAt).toEqual(fx.assignmentA.dueAt);
  });
});
