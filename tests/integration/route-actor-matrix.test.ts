import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ErrorBody } from "@/lib/http/error-response";
import { API_OPERATIONS, type ApiOperation } from "@/lib/http/openapi/api-catalogue";
import type { ApiResponse } from "../support/http-session";
import { ACTION_CALLS } from "./support/action-matrix-calls";
import { readActionOutcome, type ActionOutcome } from "./support/action-outcome";
import { changedTables, digestDatabase, expectNoDatabaseChange } from "./support/database-digest";
import { ACTORS, borrowSession, createMatrixCast, type ActorName, type MatrixCast } from "./support/matrix-cast";
import { ROUTE_REQUESTS } from "./support/route-matrix-requests";
import { openTestDatabase } from "./support/database";
import { callServerAction, listServerActions } from "./support/server-actions";

type Row<T> = Record<ActorName, T>;

/**
 * The status every API route answers each actor with (lib/auth/policy.ts: what an actor may
 * not see is 404, what they see but may not change is 403; no session 401; a user who must
 * choose a new password, "held", is 403 everywhere but the password door and public routes).
 * The owner is the class-A student whose work the request is about; classmateBefore has not
 * handed in on the AFTER_SUBMIT assignment, classmateAfter has (so classmates' work is
 * revealed to them); otherStudent and otherTeacher are class B's; admin is in no class.
 * A key may add a query ("?scope=class") to tell apart requests the route answers differently.
 */
const EXPECTED_STATUS: Record<string, Row<number>> = {
  "GET /api/health":                                            { anonymous: 200, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 200, teacher: 200, otherTeacher: 200, admin: 200, held: 200 },
  "POST /api/signup/teacher":                                   { anonymous: 201, owner: 201, classmateBefore: 201, classmateAfter: 201, otherStudent: 201, teacher: 201, otherTeacher: 201, admin: 201, held: 201 },
  "POST /api/signup/student":                                   { anonymous: 201, owner: 201, classmateBefore: 201, classmateAfter: 201, otherStudent: 201, teacher: 201, otherTeacher: 201, admin: 201, held: 201 },
  "POST /api/account/password":                                 { anonymous: 401, owner: 204, classmateBefore: 204, classmateAfter: 204, otherStudent: 204, teacher: 204, otherTeacher: 204, admin: 204, held: 204 },

  "POST /api/password-reset":                                   { anonymous: 202, owner: 202, classmateBefore: 202, classmateAfter: 202, otherStudent: 202, teacher: 202, otherTeacher: 202, admin: 202, held: 202 },
  "POST /api/password-reset/confirm":                           { anonymous: 204, owner: 204, classmateBefore: 204, classmateAfter: 204, otherStudent: 204, teacher: 204, otherTeacher: 204, admin: 204, held: 204 },

  "GET /api/classes":                                           { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 200, teacher: 200, otherTeacher: 200, admin: 200, held: 403 },
  "POST /api/classes":                                          { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 403, teacher: 201, otherTeacher: 201, admin: 201, held: 403 },
  "POST /api/classes/join":                                     { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 200, teacher: 403, otherTeacher: 403, admin: 403, held: 403 },
  "GET /api/classes/{id}":                                      { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "PATCH /api/classes/{id}":                                    { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "POST /api/classes/{id}/join-code":                           { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "DELETE /api/classes/{id}/students/{studentId}":              { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 204, otherTeacher: 404, admin: 204, held: 403 },
  "POST /api/classes/{id}/students/{studentId}/password-reset": { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },

  "GET /api/articles":                                          { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 200, teacher: 200, otherTeacher: 200, admin: 200, held: 403 },
  "POST /api/articles":                                         { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 403, teacher: 201, otherTeacher: 201, admin: 201, held: 403 },
  // A library article is its teacher's (and admins'); students meet it only through assignments.
  "GET /api/articles/{id}":                                     { anonymous: 401, owner: 404, classmateBefore: 404, classmateAfter: 404, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "PATCH /api/articles/{id}":                                   { anonymous: 401, owner: 404, classmateBefore: 404, classmateAfter: 404, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },

  "GET /api/assignments":                                       { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 200, teacher: 200, otherTeacher: 200, admin: 200, held: 403 },
  "POST /api/assignments":                                      { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 201, otherTeacher: 404, admin: 201, held: 403 },
  "GET /api/assignments/{id}":                                  { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "PATCH /api/assignments/{id}":                                { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "GET /api/assignments/{id}/annotations":                      { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "GET /api/assignments/{id}/annotations?scope=class":          { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "GET /api/assignments/{id}/annotations?student={studentId}":  { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  // Orphans (not placed in the article's new version) are their owner's and the teacher's to see, never classmates'.
  "GET /api/assignments/{id}/annotations?orphaned=true":        { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "GET /api/assignments/{id}/annotations?scope=class&orphaned=true": { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  // Moving to another article version re-anchors every student's work: the class's teacher's alone (not an admin's).
  "POST /api/assignments/{id}/article-version":                 { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 403, held: 403 },
  // Teachers highlight too (their highlights are the key); admins are in no class; handed-in work no longer changes (409).
  "POST /api/assignments/{id}/annotations":                     { anonymous: 401, owner: 201, classmateBefore: 201, classmateAfter: 409, otherStudent: 404, teacher: 201, otherTeacher: 404, admin: 403, held: 403 },
  "POST /api/assignments/{id}/annotations/batch":               { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 403, held: 403 },
  "GET /api/assignments/{id}/submission":                       { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  // Only students hand work in: the teacher's highlights are the key (403, a who-may rule).
  "POST /api/assignments/{id}/submit":                          { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 404, teacher: 403, otherTeacher: 404, admin: 403, held: 403 },
  // The owner takes back handed-in work; a draft (classmateBefore) comes back unchanged; the teacher
  // hands nothing in (403); work handed in under AFTER_SUBMIT is final once classmates' highlights were seen (409).
  "POST /api/assignments/{id}/unsubmit":                        { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 409, otherStudent: 404, teacher: 403, otherTeacher: 404, admin: 403, held: 403 },
  // The class comparison opens to students with classmates' highlights (the reveal); only a teacher sees scores.
  "GET /api/assignments/{id}/compare":                          { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  // Exports: students their own work (teachers have none but the key), the class after the reveal; teachers any scope.
  "GET /api/assignments/{id}/export?format=csv":                { anonymous: 401, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 404, teacher: 403, otherTeacher: 404, admin: 403, held: 403 },
  "GET /api/assignments/{id}/export?format=csv&scope=class":    { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "GET /api/assignments/{id}/export?format=csv&scope=key":      { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "GET /api/assignments/{id}/export?format=csv&scope=student&student={studentId}": { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  // Importing a file replaces your own highlights, under the rules of saving one: the key is the class's teacher's
  // (a student 403, an admin, in no class, 403), your own set only while it is a draft (classmateAfter handed in: 409).
  "POST /api/assignments/{id}/import?as=key":                   { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 201, otherTeacher: 404, admin: 403, held: 403 },
  "POST /api/assignments/{id}/import?as=mine":                  { anonymous: 401, owner: 201, classmateBefore: 201, classmateAfter: 409, otherStudent: 404, teacher: 201, otherTeacher: 404, admin: 403, held: 403 },
  // The live stream opens to whoever may see what it is about: the progress (the teacher, an admin) or the comparison.
  "GET /api/assignments/{id}/events":                           { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 200, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "GET /api/assignments/{id}/progress":                         { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "GET /api/assignments/{id}/submissions/{studentId}":          { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "PUT /api/assignments/{id}/submissions/{studentId}/feedback": { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  "PUT /api/assignments/{id}/answer-key":                       { anonymous: 401, owner: 403, classmateBefore: 403, classmateAfter: 403, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },

  // Finding: classmateAfter has seen this highlight (the reveal), so by the policy's rule it is 403, not 404.
  "PATCH /api/annotations/{id}":                                { anonymous: 401, owner: 200, classmateBefore: 404, classmateAfter: 404, otherStudent: 404, teacher: 403, otherTeacher: 404, admin: 403, held: 403 },
  "DELETE /api/annotations/{id}":                               { anonymous: 401, owner: 204, classmateBefore: 404, classmateAfter: 404, otherStudent: 404, teacher: 403, otherTeacher: 404, admin: 403, held: 403 },
  "PUT /api/annotations/{id}/feedback":                         { anonymous: 401, owner: 403, classmateBefore: 404, classmateAfter: 404, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200, held: 403 },
  // Placing an orphaned highlight again is its author's, as changing it is.
  "POST /api/annotations/{id}/place":                           { anonymous: 401, owner: 200, classmateBefore: 404, classmateAfter: 404, otherStudent: 404, teacher: 403, otherTeacher: 404, admin: 403, held: 403 },

  "GET /api/openapi.json":                                      { anonymous: 200, owner: 200, classmateBefore: 200, classmateAfter: 200, otherStudent: 200, teacher: 200, otherTeacher: 200, admin: 200, held: 200 },
};

/** What every server action answers each actor with (see ActionOutcome); refusals are forms' messages, not statuses. */
const EXPECTED_OUTCOME: Record<string, Row<ActionOutcome>> = {
  signInAction:               { anonymous: "redirect", owner: "redirect",  classmateBefore: "redirect",  classmateAfter: "redirect",  otherStudent: "redirect",  teacher: "redirect", otherTeacher: "redirect",  admin: "redirect", held: "redirect" },
  signUpTeacherAction:        { anonymous: "redirect", owner: "redirect",  classmateBefore: "redirect",  classmateAfter: "redirect",  otherStudent: "redirect",  teacher: "redirect", otherTeacher: "redirect",  admin: "redirect", held: "redirect" },
  signUpStudentAction:        { anonymous: "redirect", owner: "redirect",  classmateBefore: "redirect",  classmateAfter: "redirect",  otherStudent: "redirect",  teacher: "redirect", otherTeacher: "redirect",  admin: "redirect", held: "redirect" },
  signOutAction:              { anonymous: "redirect", owner: "redirect",  classmateBefore: "redirect",  classmateAfter: "redirect",  otherStudent: "redirect",  teacher: "redirect", otherTeacher: "redirect",  admin: "redirect", held: "redirect" },
  changePasswordAction:       { anonymous: "sign-in",  owner: "ok",        classmateBefore: "ok",        classmateAfter: "ok",        otherStudent: "ok",        teacher: "ok",       otherTeacher: "ok",        admin: "ok",       held: "ok" },
  requestPasswordResetAction: { anonymous: "ok",       owner: "ok",        classmateBefore: "ok",        classmateAfter: "ok",        otherStudent: "ok",        teacher: "ok",       otherTeacher: "ok",        admin: "ok",       held: "ok" },
  resetPasswordAction:        { anonymous: "ok",       owner: "ok",        classmateBefore: "ok",        classmateAfter: "ok",        otherStudent: "ok",        teacher: "ok",       otherTeacher: "ok",        admin: "ok",       held: "ok" },
  createClassAction:          { anonymous: "sign-in",  owner: "refused",   classmateBefore: "refused",   classmateAfter: "refused",   otherStudent: "refused",   teacher: "ok",       otherTeacher: "ok",        admin: "ok",       held: "change-password" },
  renameClassAction:          { anonymous: "sign-in",  owner: "refused",   classmateBefore: "refused",   classmateAfter: "refused",   otherStudent: "not-found", teacher: "ok",       otherTeacher: "not-found", admin: "ok",       held: "change-password" },
  setClassArchivedAction:     { anonymous: "sign-in",  owner: "refused",   classmateBefore: "refused",   classmateAfter: "refused",   otherStudent: "not-found", teacher: "ok",       otherTeacher: "not-found", admin: "ok",       held: "change-password" },
  regenerateJoinCodeAction:   { anonymous: "sign-in",  owner: "refused",   classmateBefore: "refused",   classmateAfter: "refused",   otherStudent: "not-found", teacher: "ok",       otherTeacher: "not-found", admin: "ok",       held: "change-password" },
  removeStudentAction:        { anonymous: "sign-in",  owner: "refused",   classmateBefore: "refused",   classmateAfter: "refused",   otherStudent: "not-found", teacher: "ok",       otherTeacher: "not-found", admin: "ok",       held: "change-password" },
  resetStudentPasswordAction: { anonymous: "sign-in",  owner: "refused",   classmateBefore: "refused",   classmateAfter: "refused",   otherStudent: "not-found", teacher: "ok",       otherTeacher: "not-found", admin: "ok",       held: "change-password" },
  joinClassAction:            { anonymous: "sign-in",  owner: "ok",        classmateBefore: "ok",        classmateAfter: "ok",        otherStudent: "ok",        teacher: "refused",  otherTeacher: "refused",   admin: "refused",  held: "change-password" },
};

let db: PrismaClient;
let cast: MatrixCast;
const cellCount = { routes: 0, actions: 0 };

beforeAll(async () => {
  db = openTestDatabase();
  cast = await createMatrixCast(db);
});

afterAll(async () => {
  const routes = new Set(Object.keys(EXPECTED_STATUS).map(operationKey)).size;
  const actions = Object.keys(EXPECTED_OUTCOME).length;
  console.log(
    `Route × actor matrix: ${Object.keys(EXPECTED_STATUS).length} rows (${routes} routes) × ${ACTORS.length} actors = ${cellCount.routes} cells sent; ` +
      `server action × actor matrix: ${actions} actions × ${ACTORS.length} actors = ${cellCount.actions} cells sent.`,
  );
  await db.$disconnect();
});

/** "GET /api/assignments/{id}/annotations?scope=class" is a row of the operation "GET /api/assignments/{id}/annotations". */
function operationKey(rowKey: string): string {
  return rowKey.split("?")[0]!;
}

const operations = new Map(API_OPERATIONS.map((operation) => [`${operation.method} ${operation.path}`, operation]));

function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for ${whole} in ${template}`);
    return encodeURIComponent(value);
  });
}

/** What is wrong with a reply's body for its status: an error must be the one error shape, a success the catalogue's schema. */
function bodyProblems(actor: ActorName, response: ApiResponse, operation: ApiOperation): string[] {
  const { status } = response;
  if (status >= 400) {
    const parsed = ErrorBody.safeParse(response.body);
    if (!parsed.success) return [`${actor}: ${status} without the error shape: ${response.text.slice(0, 120)}`];
    const expectedCode = { 401: "unauthenticated", 404: "not_found", 403: actor === "held" ? "password_change_required" : "forbidden" }[status];
    return expectedCode && parsed.data.error.code !== expectedCode ? [`${actor}: ${status} with code ${parsed.data.error.code}, not ${expectedCode}`] : [];
  }
  if (status !== operation.success.status) return [`${actor}: ${status}, but the catalogue's success is ${operation.success.status}`];
  if (status === 204) return response.text === "" ? [] : [`${actor}: 204 with a body`];
  const parsed = operation.success.schema?.safeParse(response.body);
  return parsed && !parsed.success ? [`${actor}: ${status} body does not match the catalogue's schema: ${parsed.error.message.slice(0, 200)}`] : [];
}

describe("every API route × actor answers exactly as the policy says, and a refusal changes nothing", () => {
  it("has one row (or more, told apart by a query) for every route in the API catalogue, and none for a route it lacks", () => {
    const rows = [...new Set(Object.keys(EXPECTED_STATUS).map(operationKey))].sort();
    expect(rows).toEqual([...operations.keys()].sort());
    expect(Object.keys(ROUTE_REQUESTS).sort(), "a request for every row").toEqual(Object.keys(EXPECTED_STATUS).sort());
  });

  it("the change check sees a change to any table (so the refusals below are checked for real)", async () => {
    await expect(expectNoDatabaseChange(db, () => db.article.update({ where: { id: cast.fx.article.id }, data: { author: "Changed by the check" } }))).rejects.toThrow(/articles/);
  });

  for (const [rowKey, expected] of Object.entries(EXPECTED_STATUS)) {
    it(`${rowKey}: ${ACTORS.map((actor) => `${actor} ${expected[actor]}`).join(", ")}`, async () => {
      const operation = operations.get(operationKey(rowKey));
      if (!operation) throw new Error(`${rowKey} is not in the API catalogue`);
      const [method, template] = rowKey.split(" ") as [string, string];
      const actual = {} as Row<number>;
      const problems: string[] = [];
      for (const actor of ACTORS) {
        const request = await ROUTE_REQUESTS[rowKey]!({ db, cast, actor });
        const session = request.session ?? borrowSession(cast.sessions[actor]);
        const before = await digestDatabase(db);
        const response = await session.request(method, fillPath(template, request.params ?? {}), request.json === undefined ? {} : { json: request.json });
        await request.settled?.();
        cellCount.routes += 1;
        actual[actor] = response.status;
        if (response.status >= 400) {
          const changed = changedTables(before, await digestDatabase(db));
          if (changed.length > 0) problems.push(`${actor}: refused with ${response.status} but changed ${changed.join(", ")}`);
        }
        problems.push(...bodyProblems(actor, response, operation));
      }
      expect(actual).toEqual(expected);
      expect(problems).toEqual([]);
    });
  }
});

describe("every server action × actor has the outcome the policy says, and a refusal changes nothing", () => {
  const actions = listServerActions();

  it("has a row for every server action in the build (a new action without one fails)", () => {
    expect(actions.map((action) => action.name).sort()).toEqual(Object.keys(EXPECTED_OUTCOME).sort());
    expect(Object.keys(ACTION_CALLS).sort(), "a call for every row").toEqual(Object.keys(EXPECTED_OUTCOME).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED_OUTCOME)) {
    it(`${name}: ${ACTORS.map((actor) => `${actor} ${expected[actor]}`).join(", ")}`, async () => {
      const action = actions.find((candidate) => candidate.name === name);
      if (!action) throw new Error(`${name} is not in the build's server actions`);
      const actual = {} as Row<ActionOutcome | "unreadable">;
      const problems: string[] = [];
      for (const actor of ACTORS) {
        const call = await ACTION_CALLS[name]!({ db, cast, actor });
        const session = call.session ?? borrowSession(cast.sessions[actor]);
        const before = await digestDatabase(db);
        const { outcome, detail } = readActionOutcome(await callServerAction(session, action, call.args, call.page));
        await call.settled?.();
        cellCount.actions += 1;
        actual[actor] = outcome;
        if (outcome === "unreadable") problems.push(`${actor}: ${detail}`);
        if (outcome !== "ok" && outcome !== "redirect") {
          const changed = changedTables(before, await digestDatabase(db));
          if (changed.length > 0) problems.push(`${actor}: refused (${detail}) but changed ${changed.join(", ")}`);
        }
      }
      expect(actual).toEqual(expected);
      expect(problems).toEqual([]);
    });
  }
});
