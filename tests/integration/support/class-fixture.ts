import { randomBytes } from "node:crypto";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { UserRole } from "@/lib/db/generated/enums";
import { createArticle, createAssignment, createClass, createUser } from "@/prisma/seed/factories";
import { signIn, type HttpSession } from "../../support/http-session";

/**
 * The article as a teacher would paste it: Windows line ends, blank lines, white space
 * around it, accented letters, an en dash, a euro sign and emoji (surrogate pairs in
 * UTF-16). createArticle canonicalises it (LF, trimmed) as an import does.
 */
export const RAW_ARTICLE_TEXT = [
  "  ",
  "Riverside Café Plan Wins Approval 🎉",
  "",
  "The town council voted 7–2 on Tuesday to approve a new café on the riverfront, ending a two-year dispute.",
  "Mayor Inès Dubois called the decision \"a triumph for common sense\", while opponents warned of \"a disastrous loss of green space\" 🌳.",
  "",
  "According to the council's own survey, 64% of residents support the plan. Critics, however, say the survey was rigged from the start 😠 and ignored the naïve hopes of the park's founders.",
  "",
  "Construction is expected to begin in March and cost €1.2 million.",
  "",
].join("\r\n");

/** A tag set other than the default four, to show that an assignment's own tags are what count. */
export const LOADED_WORDS_TAGS: TagDefinition[] = [
  { id: "loaded_language", label: "Loaded language", color: "orange", requiresNote: false },
  { id: "evidence", label: "Evidence", color: "teal", requiresNote: false },
];

export interface Person {
  id: string;
  email: string;
  name: string;
  password: string;
}

export interface ClassFixture {
  /** Class A: a teacher and two students. */
  teacherA: Person;
  studentA1: Person;
  studentA2: Person;
  /** Class B: another teacher and student, who must never see class A's work. */
  teacherB: Person;
  studentB: Person;
  classA: { id: string; name: string };
  classB: { id: string; name: string };
  article: { id: string; title: string; versionId: string; text: string };
  /** Class A, default tags, instructions, due 14 March 2031. */
  assignmentA: { id: string; title: string; dueAt: Date; instructions: string };
  /** Class A, the LOADED_WORDS_TAGS set, no instructions, due a week earlier. */
  assignmentA2: { id: string; title: string; dueAt: Date };
  /** Class B, on the same article version. */
  assignmentB: { id: string; title: string };
  signIn(person: Person): Promise<HttpSession>;
}

/**
 * Two classes on one article, with people whose emails are unique to this call so that
 * test files sharing the database never collide.
 */
export async function createClassFixture(db: PrismaClient, label: string): Promise<ClassFixture> {
  const suffix = `${label}-${randomBytes(4).toString("hex")}`;
  const password = `riverbank-${randomBytes(6).toString("hex")}`;
  const person = async (first: string, last: string, role: UserRole): Promise<Person> => {
    // Email addresses are ASCII: "Tomás" signs in as tomas.
    const email = `${first}.${last}.${suffix}@northfield-high.test`.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    const name = `${first} ${last}`;
    const user = await createUser(db, { email, name, role, password });
    return { id: user.id, email, name, password };
  };

  const teacherA = await person("Dana", "Whitfield", "TEACHER");
  const studentA1 = await person("Amara", "Okafor", "STUDENT");
  const studentA2 = await person("Leo", "Brandt", "STUDENT");
  const teacherB = await person("Tomás", "Ruiz", "TEACHER");
  const studentB = await person("Priya", "Nair", "STUDENT");

  const classA = await createClass(db, { name: `Media Literacy 9A (${suffix})`, teacherId: teacherA.id, studentIds: [studentA1.id, studentA2.id] });
  const classB = await createClass(db, { name: `English 10C (${suffix})`, teacherId: teacherB.id, studentIds: [studentB.id] });

  const article = await createArticle(db, {
    title: "Town council approves riverfront café",
    text: RAW_ARTICLE_TEXT,
    author: "Northfield Gazette staff",
    createdById: teacherA.id,
  });
  const version = article.versions[0]!;

  const instructions = "Highlight every quote, opinion, piece of loaded language and factual claim. Say why in a note when it is not obvious.";
  const assignmentA = await createAssignment(db, {
    classId: classA.id,
    articleVersionId: version.id,
    title: "Spot the slant: the riverfront café",
    instructions,
    dueAt: new Date("2031-03-14T15:00:00.000Z"),
  });
  const assignmentA2 = await createAssignment(db, {
    classId: classA.id,
    articleVersionId: version.id,
    title: "Loaded words and evidence",
    dueAt: new Date("2031-03-07T15:00:00.000Z"),
    tags: LOADED_WORDS_TAGS,
  });
  const assignmentB = await createAssignment(db, {
    classId: classB.id,
    articleVersionId: version.id,
    title: "Reading the council story",
    dueAt: new Date("2031-03-21T15:00:00.000Z"),
  });

  return {
    teacherA,
    studentA1,
    studentA2,
    teacherB,
    studentB,
    classA: { id: classA.id, name: classA.name },
    classB: { id: classB.id, name: classB.name },
    article: { id: article.id, title: article.title, versionId: version.id, text: version.text },
    assignmentA: { id: assignmentA.id, title: assignmentA.title, dueAt: assignmentA.dueAt!, instructions },
    assignmentA2: { id: assignmentA2.id, title: assignmentA2.title, dueAt: assignmentA2.dueAt! },
    assignmentB: { id: assignmentB.id, title: assignmentB.title },
    signIn: (who) => signIn(who.email, who.password),
  };
}

export interface ClassSessions {
  teacherA: HttpSession;
  studentA1: HttpSession;
  studentA2: HttpSession;
  teacherB: HttpSession;
  studentB: HttpSession;
}

/** Everyone in the fixture signed in over HTTP, each with their own cookie jar. */
export async function signInEveryone(fx: ClassFixture): Promise<ClassSessions> {
  const [teacherA, studentA1, studentA2, teacherB, studentB] = await Promise.all([
    fx.signIn(fx.teacherA),
    fx.signIn(fx.studentA1),
    fx.signIn(fx.studentA2),
    fx.signIn(fx.teacherB),
    fx.signIn(fx.studentB),
  ]);
  return { teacherA, studentA1, studentA2, teacherB, studentB };
}
