import { readFile } from "node:fs/promises";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createArticle, createAssignment, createClass, createUser } from "@/prisma/seed/factories";
import { signIn } from "@/tests/support/http-session";
import { root } from "../lib/bootstrap.mjs";
import type { VirtualStudent } from "./workload";

export interface BenchClass {
  assignmentId: string;
  text: string;
  students: (VirtualStudent & { submissionId: string })[];
}

/**
 * A class of `size` students on the sample article, each with a draft started and signed in
 * once over HTTP (the real sign-in, password check included), as a class at 9:00.
 */
export async function setUpBenchClass(db: PrismaClient, baseUrl: string, size: number, password: string): Promise<BenchClass> {
  const teacher = await createUser(db, { email: "bench-teacher@example.org", name: "Bench Teacher", role: "TEACHER", password });
  // One hash for all: hashing is the slow part, and every student may share a password here.
  const passwordHash = await hashPassword(password);
  const emails = Array.from({ length: size }, (_, i) => `bench-student-${i + 1}@example.org`);
  await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `Student ${i + 1}`, role: "STUDENT" as const, passwordHash })) });
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const benchClass = await createClass(db, { name: "Bench class", teacherId: teacher.id, studentIds: users.map((u) => u.id) });
  const article = await createArticle(db, { title: "Bench article", text: await readFile(path.join(root, "prisma", "seed", "seed-article.txt"), "utf8"), createdById: teacher.id });
  const version = article.versions[0]!;
  const assignment = await createAssignment(db, { classId: benchClass.id, articleVersionId: version.id, title: "Bench assignment" });
  await db.submission.createMany({ data: users.map((user) => ({ assignmentId: assignment.id, userId: user.id })) });
  const submissions = new Map((await db.submission.findMany({ where: { assignmentId: assignment.id } })).map((s) => [s.userId, s.id]));

  const students: BenchClass["students"] = [];
  for (let i = 0; i < users.length; i += 4) {
    const signedIn = await Promise.all(
      users.slice(i, i + 4).map(async (user) => {
        const session = await signIn(user.email!, password, baseUrl);
        return { cookie: session.cookies.header() ?? "", assignmentId: assignment.id, submissionId: submissions.get(user.id)! };
      }),
    );
    students.push(...signedIn);
  }
  return { assignmentId: assignment.id, text: version.text, students };
}
