import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createArticle, createArticleVersion, locatePhrase } from "@/prisma/seed/factories";
import type { HttpSession } from "../../support/http-session";
import { w3cDocument } from "../../support/w3c-document";
import { joinCodeOf, newPassword, uniqueEmail, uniqueUsername } from "./account-data";
import {
  createAccount,
  createAssignmentWorld,
  createResetLink,
  createClassLikeA,
  createClassOwnedStudent,
  signInStandIn,
  waitForResetLink,
  type ActorName,
  type MatrixCast,
} from "./matrix-cast";

export interface CellContext {
  db: PrismaClient;
  cast: MatrixCast;
  actor: ActorName;
}

/** One cell's request, as the row's allowed actors would send it to succeed. */
export interface CellRequest {
  /** Fills {id}, {studentId} in the row's path (and query). */
  params?: Record<string, string>;
  json?: unknown;
  /** Sent from this session instead of the actor's shared one (requests on the signed-in account itself). */
  session?: HttpSession;
  /** Waits for what the app does after answering, before the cell is judged. */
  settled?: () => Promise<void>;
}

type Build = (cell: CellContext) => Promise<CellRequest>;

const nothing: Build = async () => ({});

/** A fresh class in which everyone stands as in class A. */
const classLikeA = async ({ db, cast }: CellContext) => ({ params: { id: (await createClassLikeA(db, cast)).id } });

/** A fresh class like A with a student only it owns (a username, no email): to remove or reset. */
async function classAndOwnedStudent({ db, cast }: CellContext) {
  const made = await createClassLikeA(db, cast);
  const student = await createClassOwnedStudent(db, made.id);
  return { params: { id: made.id, studentId: student.id } };
}

const world = (cell: CellContext, options?: { ownerSubmitted?: boolean }) => createAssignmentWorld(cell.db, cell.cast, options);

/** A fresh assignment of class A; `studentId` is the owner, whose work the row is about. */
const assignment = (json?: unknown, options?: { ownerSubmitted?: boolean }): Build => async (cell) => ({
  params: { id: (await world(cell, options)).id, studentId: cell.cast.people.owner.id },
  json,
});

/** A fresh assignment of class A and a new version of its article (an edit that keeps every highlight's words) to move it to. */
const assignmentAndNewVersion: Build = async (cell) => {
  const { id } = await world(cell);
  const { article } = cell.cast.fx;
  const version = await createArticleVersion(cell.db, { articleId: article.id, text: `${article.text}\n\nCorrection: the vote was on Tuesday evening.` });
  return { params: { id }, json: { version: version.number } };
};

/** The owner's draft highlight on a fresh assignment of class A, orphaned by a move to a version without its words. */
const ownersOrphan: Build = async (cell) => {
  const { ownerAnnotationId } = await world(cell);
  await cell.db.annotation.update({ where: { id: ownerAnnotationId }, data: { orphanedAt: new Date() } });
  return { params: { id: ownerAnnotationId }, json: locatePhrase(cell.cast.fx.article.text, "ending a two-year dispute") };
};

/** The owner's draft highlight on a fresh assignment of class A. */
const ownersAnnotation = (json?: unknown): Build => async (cell) => ({ params: { id: (await world(cell)).ownerAnnotationId }, json });

/**
 * The request of every row of the matrix. Each cell gets fresh resources (an assignment, a
 * class, a student, an article), so a cell that succeeds never changes another's outcome.
 */
export const ROUTE_REQUESTS: Record<string, Build> = {
  "GET /api/health": nothing,
  "POST /api/signup/teacher": async () => ({ json: { name: "Inès Moreau", email: uniqueEmail("ines", "matrix"), password: newPassword() } }),
  "POST /api/signup/student": async ({ db, cast }) => ({
    json: { code: await joinCodeOf(db, (await createClassLikeA(db, cast)).id), name: "Theo Lindqvist", username: uniqueUsername("theo"), password: newPassword() },
  }),
  "POST /api/account/password": async ({ db, cast, actor }) => {
    const { session, password } = await signInStandIn(db, cast, actor);
    return { session, json: { currentPassword: password, newPassword: newPassword() } };
  },
  "POST /api/password-reset": async ({ db }) => {
    const { id, email } = await createAccount(db, "STUDENT");
    return { json: { email }, settled: () => waitForResetLink(db, id) };
  },
  "POST /api/password-reset/confirm": async ({ db }) => ({ json: { token: await createResetLink(db), newPassword: newPassword() } }),

  "GET /api/classes": nothing,
  "POST /api/classes": async () => ({ json: { name: "Year 8 Debate Club" } }),
  "POST /api/classes/join": async ({ db, cast }) => ({ json: { code: await joinCodeOf(db, (await createClassLikeA(db, cast, { empty: true })).id) } }),
  "GET /api/classes/{id}": classLikeA,
  "PATCH /api/classes/{id}": async (cell) => ({ ...(await classLikeA(cell)), json: { name: "Media Literacy 9A (last year)", archived: true } }),
  "POST /api/classes/{id}/join-code": classLikeA,
  "DELETE /api/classes/{id}/students/{studentId}": classAndOwnedStudent,
  "POST /api/classes/{id}/students/{studentId}/password-reset": classAndOwnedStudent,

  "GET /api/articles": nothing,
  "POST /api/articles": async () => ({ json: { title: "Letters: the café debate", text: "Readers wrote in about the riverfront café.\n\nMost were for it." } }),
  "GET /api/articles/{id}": async ({ cast }) => ({ params: { id: cast.fx.article.id } }),
  "PATCH /api/articles/{id}": async ({ db, cast }) => {
    const article = await createArticle(db, { title: "Council budget, first draft", text: "The council met on Monday.", createdById: cast.people.teacher.id });
    return { params: { id: article.id }, json: { title: "Council budget, second draft" } };
  },

  "GET /api/assignments": nothing,
  "POST /api/assignments": async ({ db, cast }) => ({
    json: { classId: (await createClassLikeA(db, cast)).id, articleId: cast.fx.article.id, title: "Spot the slant, part two" },
  }),
  "GET /api/assignments/{id}": assignment(),
  "PATCH /api/assignments/{id}": assignment({ title: "Spot the slant (revised)", scoreOutOf: 10 }),
  "GET /api/assignments/{id}/annotations": assignment(),
  "GET /api/assignments/{id}/annotations?scope=class": assignment(),
  "GET /api/assignments/{id}/annotations?student={studentId}": assignment(),
  "GET /api/assignments/{id}/annotations?orphaned=true": assignment(),
  "GET /api/assignments/{id}/annotations?scope=class&orphaned=true": assignment(),
  "POST /api/assignments/{id}/article-version": assignmentAndNewVersion,
  "POST /api/assignments/{id}/annotations": async (cell) => ({
    ...(await assignment()(cell)),
    json: { id: randomUUID(), ...locatePhrase(cell.cast.fx.article.text, "ending a two-year dispute"), tag: "factual_claim" },
  }),
  "POST /api/assignments/{id}/annotations/batch": async (cell) => ({
    ...(await assignment()(cell)),
    json: { operations: [{ op: "create", id: randomUUID(), ...locatePhrase(cell.cast.fx.article.text, "ending a two-year dispute"), tag: "factual_claim" }] },
  }),
  "GET /api/assignments/{id}/submission": assignment(),
  "POST /api/assignments/{id}/submit": assignment(),
  "POST /api/assignments/{id}/unsubmit": assignment(undefined, { ownerSubmitted: true }),
  "GET /api/assignments/{id}/progress": assignment(),
  "GET /api/assignments/{id}/events": assignment(),
  "GET /api/assignments/{id}/compare": assignment(),
  "GET /api/assignments/{id}/export?format=csv": assignment(),
  "GET /api/assignments/{id}/export?format=csv&scope=class": assignment(),
  "GET /api/assignments/{id}/export?format=csv&scope=key": assignment(),
  "GET /api/assignments/{id}/export?format=csv&scope=student&student={studentId}": assignment(),
  "POST /api/assignments/{id}/import?as=key": async (cell) => ({
    ...(await assignment()(cell)),
    json: w3cDocument(cell.cast.fx.article.text, [{ phrase: "ending a two-year dispute", tag: "factual_claim", note: "Two years: checkable." }]),
  }),
  "POST /api/assignments/{id}/import?as=mine": async (cell) => ({
    ...(await assignment()(cell)),
    json: w3cDocument(cell.cast.fx.article.text, [{ phrase: "a triumph for common sense", tag: "quote" }, { phrase: "rigged from the start", tag: "loaded_language" }]),
  }),
  "GET /api/assignments/{id}/submissions/{studentId}": assignment(),
  "PUT /api/assignments/{id}/submissions/{studentId}/feedback": assignment({ comment: "A good eye for loaded words.", score: 8 }),
  "PUT /api/assignments/{id}/answer-key": assignment({ enabled: false }),

  "PATCH /api/annotations/{id}": ownersAnnotation({ note: "The mayor's own words." }),
  "DELETE /api/annotations/{id}": ownersAnnotation(),
  "PUT /api/annotations/{id}/feedback": ownersAnnotation({ verdict: "AGREE", comment: "Yes: a direct quote." }),
  "POST /api/annotations/{id}/place": ownersOrphan,

  "GET /api/openapi.json": nothing,
};
