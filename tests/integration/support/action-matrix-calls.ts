import type { HttpSession } from "../../support/http-session";
import { joinCodeOf, newPassword, uniqueEmail, uniqueUsername } from "./account-data";
import { createAccount, createClassLikeA, createClassOwnedStudent, createResetLink, signInStandIn, waitForResetLink } from "./matrix-cast";
import type { CellContext } from "./route-matrix-requests";
import { FormArgument } from "./server-actions";

/** One cell's server action call: its arguments as the page's form sends them, and the page it is posted to. */
export interface ActionCall {
  args: unknown[];
  page: string;
  /** Sent from this session instead of the actor's shared one (calls on the signed-in account itself). */
  session?: HttpSession;
  /** Waits for what the app does after answering, before the cell is judged. */
  settled?: () => Promise<void>;
}

type Build = (cell: CellContext) => Promise<ActionCall>;

const idle = { ok: null };

/** A fresh class like A (see createClassLikeA) and its page, for the class page's actions. */
const onClass = (args: (classId: string, cell: CellContext) => Promise<unknown[]>): Build => async (cell) => {
  const made = await createClassLikeA(cell.db, cell.cast);
  return { args: await args(made.id, cell), page: `/classes/${made.id}` };
};

/** A student only the class owns (a username, no email), to remove or reset. */
const ownedStudent = async (classId: string, { db }: CellContext) => [classId, (await createClassOwnedStudent(db, classId)).id];

/** The call of every server action row, each with fresh resources, as the route rows have. */
export const ACTION_CALLS: Record<string, Build> = {
  signInAction: async ({ db }) => {
    const { email, password } = await createAccount(db, "TEACHER");
    return { args: [{ error: null, identifier: "" }, new FormArgument({ identifier: email, password })], page: "/signin" };
  },
  signUpTeacherAction: async () => ({
    args: [idle, new FormArgument({ name: "Inès Moreau", email: uniqueEmail("ines", "matrix"), password: newPassword() })],
    page: "/signup",
  }),
  signUpStudentAction: async ({ db, cast }) => {
    const code = await joinCodeOf(db, (await createClassLikeA(db, cast, { empty: true })).id);
    return { args: [idle, new FormArgument({ code, name: "Theo Lindqvist", identifier: uniqueUsername("theo"), password: newPassword() })], page: "/join" };
  },
  signOutAction: async ({ db, cast, actor }) => ({ args: [], page: "/assignments", session: (await signInStandIn(db, cast, actor)).session }),
  changePasswordAction: async ({ db, cast, actor }) => {
    const { session, password } = await signInStandIn(db, cast, actor);
    const fresh = newPassword();
    return { args: [idle, new FormArgument({ currentPassword: password, newPassword: fresh, confirmPassword: fresh })], page: "/account/password", session };
  },
  requestPasswordResetAction: async ({ db }) => {
    const { id, email } = await createAccount(db, "STUDENT");
    return { args: [idle, new FormArgument({ email })], page: "/signin/forgot", settled: () => waitForResetLink(db, id) };
  },
  resetPasswordAction: async ({ db }) => {
    const fresh = newPassword();
    return { args: [idle, new FormArgument({ token: await createResetLink(db), newPassword: fresh, confirmPassword: fresh })], page: "/signin/reset" };
  },
  createClassAction: async () => ({ args: [idle, new FormArgument({ name: "Year 8 Debate Club" })], page: "/classes" }),
  renameClassAction: onClass(async (classId) => [classId, idle, new FormArgument({ name: "Media Literacy 9A (renamed)" })]),
  setClassArchivedAction: onClass(async (classId) => [classId, true]),
  regenerateJoinCodeAction: onClass(async (classId) => [classId]),
  removeStudentAction: onClass(ownedStudent),
  resetStudentPasswordAction: onClass(ownedStudent),
  joinClassAction: async ({ db, cast }) => {
    const code = await joinCodeOf(db, (await createClassLikeA(db, cast, { empty: true })).id);
    return { args: [idle, new FormArgument({ code })], page: "/join" };
  },
};
