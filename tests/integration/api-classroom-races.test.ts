import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import type { PrismaClient } from "@/lib/db/generated/client";
import { locatePhrase } from "@/prisma/seed/factories";
import type { ApiResponse, HttpSession } from "../support/http-session";
import { createClassFixture, signInEveryone, type ClassFixture } from "./support/class-fixture";
import { daysFromNow, put, type AssignmentBody } from "./support/classroom-data";
import { openTestDatabase } from "./support/database";

/**
 * Check-then-write races: each test sends 20 requests at once, several rounds over, and
 * then checks the rule in the database. Before the rules were enforced under row locks
 * every one of these failed in most rounds.
 */
const AT_ONCE = 20;

let db: PrismaClient;
let fx: ClassFixture;
let teacherA: HttpSession;
let studentA1: HttpSession;
let studentA2: HttpSession;

const NOTE_TAGS = [
  { id: "quote", label: "Quote", color: "blue" },
  { id: "opinion", label: "Opinion", color: "purple", requiresNote: true },
];

async function newAssignment(settings: Record<string, unknown>): Promise<AssignmentBody> {
  const response = await teacherA.post<AssignmentBody>("/api/assignments", { classId: fx.classA.id, articleId: fx.article.id, title: "Under pressure", ...settings });
  expect(response.status).toBe(201);
  return response.body;
}

function annotate(session: HttpSession, assignmentId: string, phrase: string, tag: string, note?: string) {
  return session.post(`/api/assignments/${assignmentId}/annotations`, { ...locatePhrase(fx.article.text, phrase), tag, note });
}

const feedbackPath = (assignmentId: string) => `/api/assignments/${assignmentId}/submissions/${fx.studentA1.id}/feedback`;

/** Every answer is one of `allowed`: a lost race is refused cleanly, never a 500. */
function expectStatuses(answers: ApiResponse[], allowed: number[]) {
  for (const answer of answers) expect(allowed, `HTTP ${answer.status}: ${answer.text}`).toContain(answer.status);
}

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "races");
  ({ teacherA, studentA1, studentA2 } = await signInEveryone(fx));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("requests racing each other, 20 at a time", () => {
  it("a teacher returning work while the student takes it back never leaves a draft marked as returned", { timeout: 30_000 }, async () => {
    const assignment = await newAssignment({ dueAt: daysFromNow(7), tags: NOTE_TAGS });
    expect((await annotate(studentA1, assignment.id, "a triumph for common sense", "quote")).status).toBe(201);
    const broken: number[] = [];
    // The old code lost about one round in three: 16 rounds fail it all but always.
    for (let round = 0; round < 16; round++) {
      expect((await studentA1.post(`/api/assignments/${assignment.id}/submit`)).status).toBe(200);
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, i) =>
          (i + round) % 2 === 0 ? put(teacherA, feedbackPath(assignment.id), { returned: true }) : studentA1.post(`/api/assignments/${assignment.id}/unsubmit`),
        ),
      );
      expectStatuses(answers, [200, 409]);
      const row = await db.submission.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId: assignment.id, userId: fx.studentA1.id } } });
      if (row.status === "DRAFT" && row.returnedAt !== null) broken.push(round);
      // Back to handed in, not returned, for the next round.
      expect((await put(teacherA, feedbackPath(assignment.id), { returned: false })).status).toBe(200);
    }
    expect(broken, "rounds that ended as a draft with returnedAt set").toEqual([]);
  });

  it("note-less highlights saved while the student submits never end up in handed-in work", { timeout: 30_000 }, async () => {
    const broken: number[] = [];
    for (let round = 0; round < 12; round++) {
      const assignment = await newAssignment({ tags: NOTE_TAGS });
      expect((await annotate(studentA1, assignment.id, "a triumph for common sense", "quote")).status).toBe(201);
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE + 1 }, (_, i) =>
          // The submit goes out later in each round, so some saves land before it and some after.
          i === round ? studentA1.post(`/api/assignments/${assignment.id}/submit`) : annotate(studentA1, assignment.id, "rigged from the start", "opinion"),
        ),
      );
      expectStatuses(answers, [200, 201, 409, 422]);
      const submission = await db.submission.findUniqueOrThrow({
        where: { assignmentId_userId: { assignmentId: assignment.id, userId: fx.studentA1.id } },
        include: { annotations: true },
      });
      const noteless = submission.annotations.filter((a) => a.tag === "opinion" && a.note === null);
      if (submission.status === "SUBMITTED" && noteless.length > 0) broken.push(round);
    }
    expect(broken, "rounds that handed in an opinion without its note").toEqual([]);
  });

  it("a teacher removing a tag while students highlight with it never leaves a highlight whose tag is gone", { timeout: 30_000 }, async () => {
    const extra = { id: "hyperbole", label: "Hyperbole", color: "pink" };
    const broken: number[] = [];
    for (let round = 0; round < 8; round++) {
      const assignment = await newAssignment({ tags: [...DEFAULT_TAGS, extra] });
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, i) =>
          i === round * 2
            ? teacherA.patch(`/api/assignments/${assignment.id}`, { tags: DEFAULT_TAGS })
            : annotate(i % 2 === 0 ? studentA1 : studentA2, assignment.id, "a disastrous loss of green space", extra.id),
        ),
      );
      expectStatuses(answers, [200, 201, 409, 422]);
      const stored = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id }, include: { submissions: { include: { annotations: true } } } });
      const known = new Set((stored.tags as { id: string }[]).map((tag) => tag.id));
      const orphans = stored.submissions.flatMap((s) => s.annotations).filter((a) => !known.has(a.tag));
      if (orphans.length > 0) broken.push(round);
    }
    expect(broken, "rounds that left highlights of a removed tag").toEqual([]);
  });
});
