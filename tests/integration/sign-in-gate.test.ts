import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser, enroll } from "@/prisma/seed/factories";
import { signIn, type HttpSession } from "../support/http-session";
import { expectNoAccountChange, joinCodeOf, newPassword, uniqueEmail } from "./support/account-data";
import { createClassFixture, type ClassFixture } from "./support/class-fixture";
import { openTestDatabase } from "./support/database";
import { callServerAction, FormArgument, listServerActions, type ServerAction } from "./support/server-actions";

let db: PrismaClient;
let fx: ClassFixture;
let heldTeacher: HttpSession;
let heldStudent: HttpSession;

/** Who may call each server action, and, for gated ones, a call that would change something if let through. */
type Door =
  | { door: "public"; why: string }
  | { door: "password-change" }
  | { door: "gated"; as: "teacher" | "student"; call: () => { args: unknown[]; page: string } };

const classPage = () => `/classes/${fx.classA.id}`;
const ACTIONS: Record<string, Door> = {
  signInAction: { door: "public", why: "signing in (as anyone) is how a held user gets in at all" },
  signUpTeacherAction: { door: "public", why: "sign-up needs no session" },
  signUpStudentAction: { door: "public", why: "sign-up needs no session" },
  signOutAction: { door: "public", why: "leaving is always allowed" },
  requestPasswordResetAction: { door: "public", why: "forgot your password: by definition not signed in" },
  resetPasswordAction: { door: "public", why: "the emailed link's token is the credential, not a session" },
  changePasswordAction: { door: "password-change" },
  createClassAction: { door: "gated", as: "teacher", call: () => ({ args: [{ ok: null }, new FormArgument({ name: "Held class" })], page: "/classes" }) },
  renameClassAction: { door: "gated", as: "teacher", call: () => ({ args: [fx.classA.id, { ok: null }, new FormArgument({ name: "Renamed while held" })], page: classPage() }) },
  setClassArchivedAction: { door: "gated", as: "teacher", call: () => ({ args: [fx.classA.id, true], page: classPage() }) },
  regenerateJoinCodeAction: { door: "gated", as: "teacher", call: () => ({ args: [fx.classA.id], page: classPage() }) },
  removeStudentAction: { door: "gated", as: "teacher", call: () => ({ args: [fx.classA.id, fx.studentA2.id], page: classPage() }) },
  resetStudentPasswordAction: { door: "gated", as: "teacher", call: () => ({ args: [fx.classA.id, fx.studentA2.id], page: classPage() }) },
  joinClassAction: { door: "gated", as: "student", call: () => ({ args: [{ ok: null }, new FormArgument({ code: codeOfClassB })], page: "/join" }) },
};

let codeOfClassB = "";

beforeAll(async () => {
  db = openTestDatabase();
  fx = await createClassFixture(db, "actions");
  codeOfClassB = await joinCodeOf(db, fx.classB.id);
  const password = newPassword();
  const teacher = await createUser(db, { email: uniqueEmail("held.teacher", "actions"), name: "Hal Morrow", role: "TEACHER", password, mustChangePassword: true });
  await enroll(db, fx.classA.id, teacher.id, "TEACHER");
  const student = await createUser(db, { email: uniqueEmail("held.student", "actions"), name: "Quinn Abara", role: "STUDENT", password, mustChangePassword: true });
  await enroll(db, fx.classA.id, student.id, "STUDENT");
  [heldTeacher, heldStudent] = await Promise.all([signIn(teacher.email!, password), signIn(student.email!, password)]);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("every server action passes the one sign-in gate", () => {
  it("each server action in the build has a row here (a new action without one fails)", () => {
    const names = listServerActions().map((action) => action.name).sort();
    expect(names).toEqual(Object.keys(ACTIONS).sort());
  });

  const gated = () => listServerActions().filter((action) => ACTIONS[action.name]?.door === "gated");

  it("a user who must choose a new password is refused by every gated action, and nothing changes", async () => {
    const refused: string[] = [];
    for (const action of gated()) {
      const door = ACTIONS[action.name] as Extract<Door, { door: "gated" }>;
      const { args, page } = door.call();
      const session = door.as === "teacher" ? heldTeacher : heldStudent;
      const response = await expectNoAccountChange(db, () => callServerAction(session, action, args, page));
      expect(response.status, action.name).toBe(200);
      expect(response.text, action.name).toContain("Choose a new password first");
      refused.push(action.name);
    }
    expect(refused.sort()).toEqual(Object.entries(ACTIONS).filter(([, d]) => d.door === "gated").map(([name]) => name).sort());
  });

  it("the same calls from a user who may use the app do go through (so the refusals above are the gate's)", async () => {
    const action = gated().find((a) => a.name === "joinClassAction") as ServerAction;
    const student = await fx.signIn(fx.studentA1);
    const response = await callServerAction(student, action, (ACTIONS.joinClassAction as Extract<Door, { door: "gated" }>).call().args, "/join");
    expect(response.status).toBe(200);
    expect(response.text).toContain(fx.classB.name);
    expect(await db.enrollment.count({ where: { classId: fx.classB.id, userId: fx.studentA1.id } })).toBe(1);
  });
});

describe("pages pass the same gate", () => {
  it("a user who must choose a new password is sent to the password page, and the redirect does not carry the page's title", async () => {
    for (const path of [`/assignments/${fx.assignmentA.id}`, `/classes/${fx.classA.id}`]) {
      const response = await heldTeacher.get(path, { headers: { accept: "text/html" } });
      expect(response.status, path).toBe(307);
      expect(response.headers.get("location"), path).toBe("/account/password?required=1");
      expect(response.text, path).not.toContain(fx.assignmentA.title);
      expect(response.text, path).not.toContain(fx.classA.name);
    }
  });
});
