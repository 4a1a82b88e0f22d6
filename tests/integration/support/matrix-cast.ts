import type { PrismaClient } from "@/lib/db/generated/client";
import type { UserRole } from "@/lib/db/generated/enums";
import { generateResetToken } from "@/lib/auth/reset-token";
import { createAnnotationRecord, createAssignment, createClass, createUser, enroll, locatePhrase, submitWork } from "@/prisma/seed/factories";
import { anonymous, CookieJar, HttpSession, signIn } from "../../support/http-session";
import { newPassword, uniqueEmail, uniqueUsername } from "./account-data";
import { createClassFixture, type ClassFixture, type Person } from "./class-fixture";

/** Who sends a request in the route × actor matrix. */
export const ACTORS = ["anonymous", "owner", "classmateBefore", "classmateAfter", "otherStudent", "teacher", "otherTeacher", "admin", "held"] as const;
export type ActorName = (typeof ACTORS)[number];

/**
 * The fixture's two classes plus the people the matrix needs, each signed in once.
 * Class A: teacher A; students owner (A1), classmateBefore (A2), classmateAfter and held
 * (must choose a new password). Class B: otherTeacher and otherStudent. admin is in no class.
 */
export interface MatrixCast {
  fx: ClassFixture;
  people: Record<Exclude<ActorName, "anonymous">, Person & { role: UserRole }>;
  sessions: Record<ActorName, HttpSession>;
}

/** A session with a copy of `session`'s cookies: what a cell's reply sets never reaches the shared one. */
export function borrowSession(session: HttpSession): HttpSession {
  const jar = new CookieJar();
  for (const pair of (session.cookies.header() ?? "").split("; ").filter(Boolean)) {
    const separator = pair.indexOf("=");
    jar.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
  return new HttpSession(session.baseUrl, jar);
}

async function addStudentOfClassA(db: PrismaClient, fx: ClassFixture, first: string, name: string, mustChangePassword = false) {
  const password = newPassword();
  const email = uniqueEmail(first, "matrix");
  const user = await createUser(db, { email, name, role: "STUDENT", password, mustChangePassword });
  await enroll(db, fx.classA.id, user.id, "STUDENT");
  return { id: user.id, email, name, password, role: "STUDENT" as const };
}

export async function createMatrixCast(db: PrismaClient): Promise<MatrixCast> {
  const fx = await createClassFixture(db, "matrix");
  const adminPassword = newPassword();
  const adminEmail = uniqueEmail("admin", "matrix");
  const admin = await createUser(db, { email: adminEmail, name: "Morgan Hale", role: "ADMIN", password: adminPassword });
  const people: MatrixCast["people"] = {
    owner: { ...fx.studentA1, role: "STUDENT" },
    classmateBefore: { ...fx.studentA2, role: "STUDENT" },
    classmateAfter: await addStudentOfClassA(db, fx, "sam", "Sam Kowalski"),
    otherStudent: { ...fx.studentB, role: "STUDENT" },
    teacher: { ...fx.teacherA, role: "TEACHER" },
    otherTeacher: { ...fx.teacherB, role: "TEACHER" },
    admin: { id: admin.id, email: adminEmail, name: admin.name, password: adminPassword, role: "ADMIN" },
    held: await addStudentOfClassA(db, fx, "quinn", "Quinn Abara", true),
  };
  const names = Object.keys(people) as (keyof MatrixCast["people"])[];
  const signedIn = await Promise.all(names.map((name) => signIn(people[name].email, people[name].password)));
  const sessions = Object.fromEntries([["anonymous", anonymous()], ...names.map((name, i) => [name, signedIn[i]])]) as MatrixCast["sessions"];
  return { fx, people, sessions };
}

/** Class A's students among the actors (the held one too: the gate, not the class, stops them). */
const CLASS_A_STUDENTS = ["owner", "classmateBefore", "classmateAfter", "held"] as const;

/**
 * A new class in which every actor stands as they do in class A: teacher A teaches it and
 * class A's students are in it (or, `empty`, nobody yet: a class to join).
 */
export async function createClassLikeA(db: PrismaClient, cast: MatrixCast, options: { empty?: boolean } = {}) {
  return createClass(db, {
    name: `Matrix class ${uniqueUsername("c")}`,
    teacherId: cast.people.teacher.id,
    studentIds: options.empty ? [] : CLASS_A_STUDENTS.map((name) => cast.people[name].id),
  });
}

/** A student with a username and no email, in `classId` only: an account the class owns. */
export async function createClassOwnedStudent(db: PrismaClient, classId: string) {
  const user = await createUser(db, { username: uniqueUsername("pupil"), name: "Robin Achterberg", role: "STUDENT", password: newPassword() });
  await enroll(db, classId, user.id, "STUDENT");
  return user;
}

/**
 * A fresh AFTER_SUBMIT assignment in class A, so that one cell's success never changes the
 * next cell's outcome: the owner has a draft highlight (or has handed it in), classmateBefore
 * has a draft, classmateAfter has handed theirs in and so has seen classmates' work (the
 * reveal), and teacher A's own highlight is the answer key.
 */
export async function createAssignmentWorld(db: PrismaClient, cast: MatrixCast, options: { ownerSubmitted?: boolean } = {}) {
  const { fx, people } = cast;
  const assignment = await createAssignment(db, {
    classId: fx.classA.id,
    articleVersionId: fx.article.versionId,
    title: "Matrix: who may see and change what",
    dueAt: new Date("2031-03-14T15:00:00.000Z"),
    revealPolicy: "AFTER_SUBMIT",
  });
  const highlight = (userId: string, phrase: string, tag: string) =>
    createAnnotationRecord(db, { assignmentId: assignment.id, userId, text: fx.article.text, ...locatePhrase(fx.article.text, phrase), tag });
  const owned = await highlight(people.owner.id, "a triumph for common sense", "quote");
  await highlight(people.classmateBefore.id, "rigged from the start", "loaded_language");
  await highlight(people.classmateAfter.id, "a disastrous loss of green space", "loaded_language");
  await submitWork(db, assignment.id, people.classmateAfter.id);
  // They have looked at classmates' work since: the reveal has happened for them.
  await db.submission.update({ where: { assignmentId_userId: { assignmentId: assignment.id, userId: people.classmateAfter.id } }, data: { classmatesSeenAt: new Date() } });
  if (options.ownerSubmitted) await submitWork(db, assignment.id, people.owner.id);
  const key = await highlight(people.teacher.id, "64% of residents support the plan", "factual_claim");
  await db.assignment.update({ where: { id: assignment.id }, data: { answerKeySubmissionId: key.submissionId } });
  return { id: assignment.id, ownerAnnotationId: owned.id };
}

/** A new account of `role`, with its password, signed in nowhere yet. */
export async function createAccount(db: PrismaClient, role: UserRole, options: { mustChangePassword?: boolean } = {}) {
  const password = newPassword();
  const email = uniqueEmail(`account.${role.toLowerCase()}`, "matrix");
  const user = await createUser(db, { email, name: "Alex Lindgren", role, password, mustChangePassword: options.mustChangePassword ?? false });
  return { id: user.id, email, password };
}

/** A new student with an email address and the token of a reset link emailed to them an hour ago at most. */
export async function createResetLink(db: PrismaClient) {
  const { id } = await createAccount(db, "STUDENT");
  const { token, tokenHash } = generateResetToken();
  await db.passwordResetToken.create({ data: { userId: id, tokenHash, expiresAt: new Date(Date.now() + 30 * 60_000) } });
  return token;
}

/**
 * A "forgot your password?" request stores its link after the answer (Next's after()): waits
 * for it, so that it lands in this cell and not in the next cell's change check.
 */
export async function waitForResetLink(db: PrismaClient, userId: string): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 25) {
    if ((await db.passwordResetToken.count({ where: { userId } })) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("No reset link was stored within 5 s of the request");
}

/**
 * A new account standing in for `actor` (same role; held if they are), signed in: for the
 * requests that change the signed-in account itself (its password, its session), so the
 * shared sessions stay as they were. Anonymous stays anonymous.
 */
export async function signInStandIn(db: PrismaClient, cast: MatrixCast, actor: ActorName): Promise<{ session: HttpSession; password: string }> {
  if (actor === "anonymous") return { session: anonymous(), password: newPassword() };
  const { email, password } = await createAccount(db, cast.people[actor].role, { mustChangePassword: actor === "held" });
  return { session: await signIn(email, password), password };
}
