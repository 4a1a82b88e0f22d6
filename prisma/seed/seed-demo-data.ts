import { readFile } from "node:fs/promises";
import type { PrismaClient } from "@/lib/db/generated/client";
import { DEMO_ANNOTATIONS } from "./demo-annotations";
import { createAnnotationRecord, createArticle, createAssignment, createClass, createUser, locatePhrase, submitWork } from "./factories";

export const DEMO_TEACHER = { email: "teacher@example.org", name: "Dana Rivera" };
export const DEMO_STUDENTS = [
  { key: "student1", email: "student1@example.org", name: "Ava Patel" },
  { key: "student2", email: "student2@example.org", name: "Ben Okafor" },
  { key: "student3", email: "student3@example.org", name: "Chloé Martin" },
  { key: "student4", email: "student4@example.org", name: "Dmitri Ivanov" },
] as const;
export const DEMO_CLASS_NAME = "Media Literacy 101";
export const DEMO_ASSIGNMENT_TITLE = "Spot the slant: Lavrov on the Trump administration";

const SAMPLE_ARTICLE = new URL("./seed-article.txt", import.meta.url);

export type SeedOutcome = "seeded" | "already-seeded";

/**
 * The demo class: a teacher, four students, the sample article and one assignment,
 * with students 2-4 part-way through it. Does nothing if the demo teacher exists.
 */
export async function seedDemoData(db: PrismaClient, password: string): Promise<SeedOutcome> {
  if (await db.user.findUnique({ where: { email: DEMO_TEACHER.email } })) return "already-seeded";

  const teacher = await createUser(db, { ...DEMO_TEACHER, role: "TEACHER", password });
  const students = new Map<string, string>();
  for (const student of DEMO_STUDENTS) {
    const user = await createUser(db, { email: student.email, name: student.name, role: "STUDENT", password });
    students.set(student.key, user.id);
  }
  const demoClass = await createClass(db, { name: DEMO_CLASS_NAME, teacherId: teacher.id, studentIds: [...students.values()] });
  const article = await createArticle(db, {
    title: "Lavrov on the confusion in the Trump administration",
    text: await readFile(SAMPLE_ARTICLE, "utf8"),
    createdById: teacher.id,
  });
  const version = article.versions[0]!;
  const assignment = await createAssignment(db, {
    classId: demoClass.id,
    articleVersionId: version.id,
    title: DEMO_ASSIGNMENT_TITLE,
    instructions:
      "Read the article closely. Highlight every quote, opinion, piece of loaded language and factual claim you can find, and add a note where your reason is not obvious.",
    dueAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
  });
  for (const [key, annotations] of Object.entries(DEMO_ANNOTATIONS)) {
    for (const annotation of annotations) {
      await createAnnotationRecord(db, {
        assignmentId: assignment.id,
        userId: students.get(key)!,
        text: version.text,
        ...locatePhrase(version.text, annotation.phrase, annotation.occurrence),
        tag: annotation.tag,
        note: annotation.note,
      });
    }
  }
  // Chloé has handed her work in, so the teacher's progress table shows every state.
  await submitWork(db, assignment.id, students.get("student3")!);
  return "seeded";
}
