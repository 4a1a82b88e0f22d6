import "server-only";
import { COUNTED } from "@/lib/annotations/annotation-filters";
import type { Actor } from "@/lib/auth/actor";
import { parseTagSet } from "@/lib/annotations/tag-schemas";
import type { TagDefinition } from "@/lib/annotations/tags";
import { getDb } from "@/lib/db/client";
import type { EnrollmentRole } from "@/lib/db/generated/enums";
import { progressStateOf, type ProgressState } from "./progress-state";

export interface AssignmentSummary {
  id: string;
  title: string;
  classId: string;
  className: string;
  tags: TagDefinition[];
  dueAt: string | null;
  viewerRole: EnrollmentRole;
  /** A student's own progress; for a teacher, the class's highlights and hand-ins. */
  progress: ProgressState | null;
  classProgress: { students: number; submitted: number; annotationCount: number } | null;
}

/** The assignments of every class the actor is in (archived classes only when asked), soonest due first. */
export async function listAssignments(actor: Actor, options: { includeArchived?: boolean } = {}): Promise<AssignmentSummary[]> {
  const db = getDb();
  const enrollments = await db.enrollment.findMany({
    where: { userId: actor.id, ...(!options.includeArchived && { class: { archivedAt: null } }) },
    select: { role: true, classId: true, class: { select: { _count: { select: { enrollments: { where: { role: "STUDENT" } } } } } } },
  });
  const byClass = new Map(enrollments.map((e) => [e.classId, e]));
  const teacherClassIds = enrollments.filter((e) => e.role === "TEACHER").map((e) => e.classId);
  const assignments = await db.assignment.findMany({
    where: { classId: { in: [...byClass.keys()] } },
    include: { class: { select: { name: true } } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
  });
  const submissions = await db.submission.findMany({
    where: {
      assignmentId: { in: assignments.map((a) => a.id) },
      // Students see only their own; teachers their students' (not their own answer key).
      OR: [
        { userId: actor.id, user: { role: "STUDENT" } },
        { assignment: { classId: { in: teacherClassIds } }, user: { enrollments: { some: { role: "STUDENT", classId: { in: teacherClassIds } } } } },
      ],
    },
    select: { assignmentId: true, userId: true, status: true, submittedAt: true, returnedAt: true, _count: { select: { annotations: { where: COUNTED } } } },
  });

  return assignments.map((assignment) => {
    const enrollment = byClass.get(assignment.classId)!;
    const relevant = submissions.filter((s) => s.assignmentId === assignment.id);
    const teaching = enrollment.role === "TEACHER";
    const own = teaching ? undefined : relevant.find((s) => s.userId === actor.id);
    return {
      id: assignment.id,
      title: assignment.title,
      classId: assignment.classId,
      className: assignment.class.name,
      tags: parseTagSet(assignment.tags),
      dueAt: assignment.dueAt?.toISOString() ?? null,
      viewerRole: enrollment.role,
      progress: teaching ? null : progressStateOf(own ?? null, own?._count.annotations ?? 0, assignment.dueAt),
      classProgress: teaching
        ? {
            students: enrollment.class._count.enrollments,
            submitted: relevant.filter((s) => s.status === "SUBMITTED").length,
            annotationCount: relevant.reduce((sum, s) => sum + s._count.annotations, 0),
          }
        : null,
    };
  });
}
