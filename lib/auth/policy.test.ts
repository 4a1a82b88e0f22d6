import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { can, passwordResetRefusal, unsubmitRefusal, type AssignmentAccess, type StudentAccountAccess, type UnsubmitFacts } from "./policy";

const student: Actor = { id: "s1", role: "STUDENT", name: "Ava", mustChangePassword: false };
const classmate: Actor = { id: "s2", role: "STUDENT", name: "Ben", mustChangePassword: false };
const teacher: Actor = { id: "t1", role: "TEACHER", name: "Dana", mustChangePassword: false };
const admin: Actor = { id: "a1", role: "ADMIN", name: "Root", mustChangePassword: false };

const asStudent: AssignmentAccess = { classId: "c", membership: "STUDENT", archived: false };
const asTeacher: AssignmentAccess = { classId: "c", membership: "TEACHER", archived: false };
const outsider: AssignmentAccess = { classId: "c", membership: null, archived: false };
const archivedAsStudent: AssignmentAccess = { ...asStudent, archived: true };

describe("policy", () => {
  it.each([
    ["a student of the class", student, asStudent, { view: true, annotate: true, review: false }],
    ["the class's teacher (their own highlights make the answer key)", teacher, asTeacher, { view: true, annotate: true, review: true }],
    ["someone outside the class", classmate, outsider, { view: false, annotate: false, review: false }],
    ["a teacher of another class", teacher, outsider, { view: false, annotate: false, review: false }],
    ["an admin", admin, outsider, { view: true, annotate: false, review: true }],
    ["a student of an archived class", student, archivedAsStudent, { view: true, annotate: false, review: false }],
  ] as const)("on an assignment, %s may: %o", (_who, actor, access, expected) => {
    expect({
      view: can(actor, "assignment:view", access),
      annotate: can(actor, "assignment:annotate", access),
      review: can(actor, "assignment:review", access),
    }).toEqual(expected);
  });

  it("only the author sees and changes an annotation; the teacher sees it but cannot change it", () => {
    const annotation = { authorId: student.id, assignment: asStudent };
    const seenByTeacher = { authorId: student.id, assignment: asTeacher };
    expect(can(student, "annotation:view", annotation)).toBe(true);
    expect(can(student, "annotation:change", annotation)).toBe(true);
    expect(can(classmate, "annotation:view", annotation)).toBe(false);
    expect(can(classmate, "annotation:change", annotation)).toBe(false);
    expect(can(teacher, "annotation:view", seenByTeacher)).toBe(true);
    expect(can(teacher, "annotation:change", seenByTeacher)).toBe(false);
    expect(can(teacher, "annotation:change", { authorId: teacher.id, assignment: asTeacher })).toBe(true);
  });

  it("an author removed from the class, or whose class is archived, can no longer change their annotation", () => {
    expect(can(student, "annotation:change", { authorId: student.id, assignment: outsider })).toBe(false);
    expect(can(student, "annotation:change", { authorId: student.id, assignment: archivedAsStudent })).toBe(false);
  });

  it("only the class's teacher (or an admin) changes an assignment, and not once the class is archived", () => {
    const archivedAsTeacher: AssignmentAccess = { ...asTeacher, archived: true };
    expect(can(teacher, "assignment:manage", asTeacher)).toBe(true);
    expect(can(teacher, "assignment:manage", archivedAsTeacher)).toBe(false);
    expect(can(admin, "assignment:manage", outsider)).toBe(true);
    expect(can(admin, "assignment:manage", { ...outsider, archived: true })).toBe(false);
    expect(can(student, "assignment:manage", asStudent)).toBe(false);
    expect(can(teacher, "assignment:manage", outsider)).toBe(false);
  });
});

describe("policy: moving an assignment to another version of its article", () => {
  it("is the class's teacher's alone: not a student's, not an admin's (in no class), not another class's teacher's", () => {
    expect(can(teacher, "assignment:move-to-version", asTeacher)).toBe(true);
    expect(can(student, "assignment:move-to-version", asStudent)).toBe(false);
    expect(can(admin, "assignment:move-to-version", outsider)).toBe(false);
    expect(can(teacher, "assignment:move-to-version", outsider)).toBe(false);
  });
});

describe("unsubmitRefusal: when a student may take handed-in work back", () => {
  const free: UnsubmitFacts = { returned: false, locked: false, pastDue: false, classmatesSeen: false };
  it.each<[string, Partial<UnsubmitFacts>, string | null]>([
    ["handed in, before the due date, nothing else: they may", {}, null],
    ["returned by the teacher", { returned: true }, "your teacher has already returned it"],
    ["locked by the teacher", { locked: true }, "your teacher has locked it"],
    ["after the due date", { pastDue: true }, "the due date has passed"],
    ["after seeing classmates' highlights (AFTER_SUBMIT)", { classmatesSeen: true }, "you have seen your classmates' highlights"],
    ["returned wins over every other reason", { returned: true, locked: true, pastDue: true, classmatesSeen: true }, "your teacher has already returned it"],
    ["having seen classmates' work is said before the due date", { classmatesSeen: true, pastDue: true }, "you have seen your classmates' highlights"],
  ])("%s", (_name, facts, expected) => {
    expect(unsubmitRefusal({ ...free, ...facts })).toBe(expected);
  });
});

describe("policy: using the app at all", () => {
  it("a user whose password a teacher reset may not use the app until they choose a new one", () => {
    expect(can(student, "app:use", null)).toBe(true);
    expect(can({ ...student, mustChangePassword: true }, "app:use", null)).toBe(false);
    expect(can({ ...teacher, mustChangePassword: true }, "app:use", null)).toBe(false);
  });
});

describe("who may reset a student's password", () => {
  const usernameOnlyInOwnClasses: StudentAccountAccess = { hasEmail: false, classesNotTaughtByActor: 0 };
  const alsoInAnotherTeachersClass: StudentAccountAccess = { hasEmail: false, classesNotTaughtByActor: 1 };
  const withEmail: StudentAccountAccess = { hasEmail: true, classesNotTaughtByActor: 0 };

  it("a teacher may reset a student who has no email address and is only in classes that teacher teaches", () => {
    expect(can(teacher, "student:reset-password", usernameOnlyInOwnClasses)).toBe(true);
    expect(passwordResetRefusal(teacher, usernameOnlyInOwnClasses)).toBeNull();
  });

  it("a teacher may not reset a student who is also in a class the teacher does not teach, and is told to ask an admin", () => {
    expect(can(teacher, "student:reset-password", alsoInAnotherTeachersClass)).toBe(false);
    expect(passwordResetRefusal(teacher, alsoInAnotherTeachersClass)).toMatch(/class you do not teach.*admin/);
  });

  it("nobody resets the password of a student with an email address: they are told to use 'Forgot your password?'", () => {
    for (const actor of [teacher, admin]) {
      expect(can(actor, "student:reset-password", withEmail)).toBe(false);
      expect(passwordResetRefusal(actor, withEmail)).toContain("Forgot your password?");
    }
  });

  it("an admin may reset any student without an email address, whoever teaches their classes", () => {
    expect(can(admin, "student:reset-password", alsoInAnotherTeachersClass)).toBe(true);
  });

  it("a student may reset nobody's password", () => {
    expect(can(student, "student:reset-password", usernameOnlyInOwnClasses)).toBe(false);
  });
});

describe("who hands work in", () => {
  it("only a student of the class submits or takes work back; the class's teacher (whose highlights are the key) does not", () => {
    expect(can(student, "assignment:submit", asStudent)).toBe(true);
    expect(can(teacher, "assignment:submit", asTeacher)).toBe(false);
    expect(can(admin, "assignment:submit", outsider)).toBe(false);
    expect(can(student, "assignment:submit", archivedAsStudent)).toBe(false);
  });
});
