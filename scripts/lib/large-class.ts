import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createArticle, createAssignment, createClass, createUser } from "@/prisma/seed/factories";
import { root } from "./bootstrap.mjs";

export interface LargeClass {
  assignmentId: string;
  /** The article's canonical text, as the API measures offsets. */
  text: string;
  studentEmails: string[];
}

/** A teacher, `size` students (all with `password`) and one assignment on the sample article, made with the seed's factories. */
export async function createLargeClass(db: PrismaClient, size: number, password: string, label: string): Promise<LargeClass> {
  const email = (who: string) => `${who}.${label}@crash-test.example.org`;
  const teacher = await createUser(db, { email: email("teacher"), name: "Test Teacher", role: "TEACHER", password });
  const studentEmails = Array.from({ length: size }, (_, i) => email(`student${i + 1}`));
  // The first student is made as the seed makes everyone; the others share its password hash,
  // since hashing with argon2id 50 times would take seconds of a core and test nothing here.
  const first = await createUser(db, { email: studentEmails[0]!, name: "Student 1", role: "STUDENT", password });
  const others = await db.user.createManyAndReturn({
    data: studentEmails.slice(1).map((address, i) => ({ email: address, name: `Student ${i + 2}`, role: "STUDENT" as const, passwordHash: first.passwordHash })),
    select: { id: true },
  });
  const studentIds = [first.id, ...others.map((user) => user.id)];
  const created = await createClass(db, { name: `Crash test (${label})`, teacherId: teacher.id, studentIds });
  const article = await createArticle(db, {
    title: "Lavrov on the confusion in the Trump administration",
    text: await readFile(path.join(root, "prisma", "seed", "seed-article.txt"), "utf8"),
    createdById: teacher.id,
  });
  const version = article.versions[0]!;
  const assignment = await createAssignment(db, { classId: created.id, articleVersionId: version.id, title: "Crash test" });
  return { assignmentId: assignment.id, text: version.text, studentEmails };
}
