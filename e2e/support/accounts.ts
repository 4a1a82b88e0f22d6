import { DEMO_PASSWORD_FOR_TESTS } from "@/tests/demo-credentials";
import { DEMO_ASSIGNMENT_TITLE, DEMO_STUDENTS, DEMO_TEACHER } from "@/prisma/seed/seed-demo-data";

export const PASSWORD = DEMO_PASSWORD_FOR_TESTS;
export const TEACHER = DEMO_TEACHER;
export const [STUDENT1, STUDENT2, STUDENT3, STUDENT4] = DEMO_STUDENTS;
export const ASSIGNMENT_TITLE = DEMO_ASSIGNMENT_TITLE;

/** One saved session per role, made once by auth.setup.ts. */
export const STORAGE = {
  student: "e2e/.auth/student.json",
  teacher: "e2e/.auth/teacher.json",
} as const;
