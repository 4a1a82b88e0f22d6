import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseTagSet, type TagDefinition } from "@/lib/annotations/tags";
import { getDb } from "@/lib/db/client";
import type { EnrollmentRole } from "@/lib/db/generated/enums";

export interface AssignmentSummary {
  id: string;
  title: string;
  className: string;
  tags: TagDefinition[];
  dueAt: string | null;
  viewerRole: EnrollmentRole;
  /** How many annotations the actor has made on it (students) or the class has (teachers). */
  annotationCount: number;
}

/** The assignments of every active class the actor is in, soonest due first. */
export async function listAssignments(actor: Actor): Promise<AssignmentSummary[]> {
  const db = getDb();
  const enrollments = await db.enrollment.findMany({
    where: { userId: actor.id, class: { archivedAt: null } },
    select: { role: true, classId: true },
  });
  const roleByClass = new Map(enrollments.map((e) => [e.classId, e.role]));
  const teacherClassIds = enrollments.filter((e) => e.role === "TEACHER").map((e) => e.classId);
  const assignments = await db.assignment.findMany({
    where: { classId: { in: [...roleByClass.keys()] } },
    include: { class: { select: { name: true } } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
  });
  const submissions = await db.submission.findMany({
    where: {
      assignmentId: { in: assignments.map((a) => a.id) },
      // Students count only their own work; teachers their whole class's.
      OR: [{ userId: actor.id }, { assignment: { classId: { in: teacherClassIds } } }],
    },
    select: { assignmentId: true, _count: { select: { annotations: true } } },
  });

  return assignments.map((assignment) => {
    const viewerRole = roleByClass.get(assignment.classId)!;
    const relevant = submissions.filter((s) => s.assignmentId === assignment.id);
    return {
      id: assignment.id,
      title: assignment.title,
      className: assignment.class.name,
      tags: parseTagSet(assignment.tags),
      dueAt: assignment.dueAt?.toISOString() ?? null,
      viewerRole,
      annotationCount: relevant.reduce((sum, s) => sum + s._count.annotations, 0),
    };
  });
}
