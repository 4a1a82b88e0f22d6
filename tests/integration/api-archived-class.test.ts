import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAnnotationRecord, locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../support/http-session";
import { expectError } from "./support/api-assertions";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { expectNoClassroomChange, put } from "./support/classroom-data";
import { expectNothingChanged, openTestDatabase } from "./support/database";

let db: PrismaClient;
let fx: ClassFixture;
let student: HttpSession;
let teacher: HttpSession;
let annotationId: string;

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "archived");
  const annotation = await createAnnotationRecord(db, {
    assignmentId: fx.assignmentA.id,
    userId: fx.studentA1.id,
    text: fx.article.text,
    ...locatePhrase(fx.article.text, "green space"),
    tag: "loaded_language",
  });
  annotationId = annotation.id;
  student = await fx.signIn(fx.studentA1);
  teacher = await fx.signIn(fx.teacherA);
  await db.class.update({ where: { id: fx.classA.id }, data: { archivedAt: new Date() } });
});

afterAll(() => db.$disconnect());

describe("a class the teacher has archived", () => {
  it("drops out of the student's assignment list", async () => {
    const list = await student.get<{ id: string }[]>("/api/assignments");
    expect(list.status).toBe(200);
    expect(list.body.map((a) => a.id)).not.toContain(fx.assignmentA.id);
  });

  it("stays readable: the assignment and the student's own annotations still load", async () => {
    expect((await student.get(`/api/assignments/${fx.assignmentA.id}`)).status).toBe(200);
    const own = await student.get<{ id: string }[]>(`/api/assignments/${fx.assignmentA.id}/annotations`);
    expect(own.body.map((a) => a.id)).toEqual([annotationId]);
  });

  it("takes no new highlights, edits or deletions: 403 saying the class is archived, and nothing changes", async () => {
    const attempts = [
      () => student.post(`/api/assignments/${fx.assignmentA.id}/annotations`, { ...locatePhrase(fx.article.text, "rigged"), tag: "quote" }),
      () => student.patch(`/api/annotations/${annotationId}`, { note: "too late" }),
      () => student.delete(`/api/annotations/${annotationId}`),
    ];
    for (const attempt of attempts) {
      const { error } = expectError(await expectNothingChanged(db, attempt), 403, "forbidden");
      expect(error.message).toBe("This class is archived, so its work can no longer be changed.");
    }
  });
});

describe("the teacher of an archived class", () => {
  it("can no longer change its assignments' settings or answer key: 409 saying the class is archived, and nothing changes", async () => {
    const attempts = [
      () => teacher.patch(`/api/assignments/${fx.assignmentA.id}`, { title: "Renamed after the year ended" }),
      () => teacher.patch(`/api/assignments/${fx.assignmentA.id}`, { dueAt: null, revealPolicy: "ALWAYS" }),
      () => put(teacher, `/api/assignments/${fx.assignmentA.id}/answer-key`, { enabled: false }),
    ];
    for (const attempt of attempts) {
      const { error } = expectError(await expectNoClassroomChange(db, attempt), 409, "conflict");
      expect(error.message).toBe("This class is archived, so its assignments can no longer be changed. Bring the class back to change them.");
    }
  });

  it("still reads them: the assignment, its progress and each student's work load", async () => {
    expect((await teacher.get(`/api/assignments/${fx.assignmentA.id}`)).status).toBe(200);
    expect((await teacher.get(`/api/assignments/${fx.assignmentA.id}/progress`)).status).toBe(200);
    const work = await teacher.get<{ id: string }[]>(`/api/assignments/${fx.assignmentA.id}/annotations?student=${fx.studentA1.id}`);
    expect(work.body.map((a) => a.id)).toEqual([annotationId]);
  });
});
