import { randomBytes } from "node:crypto";
import { test as base, expect, request, type APIRequestContext, type APIResponse, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PASSWORD } from "./accounts";

/**
 * Classroom set-up through the JSON API, so a journey starts from exactly the class it
 * needs: fresh accounts with unique emails and usernames, a class, an article, an
 * assignment, highlights and submissions. Each account keeps its own signed-in API
 * session, and `classroom.pageAs(account)` opens a browser page signed in as it.
 */

/** A name no other test, and no earlier run on the same database, has used: "ava-m3x1k9-7f2a". */
export function uniqueHandle(prefix: string): string {
  const plain = prefix
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 12);
  return `${plain || "user"}-${Date.now().toString(36)}-${randomBytes(2).toString("hex")}`;
}

export interface Account {
  id: string;
  name: string;
  /** What they sign in with: an email address (teachers) or a username (students here). */
  identifier: string;
  password: string;
  /** A request context signed in as this account. */
  api: APIRequestContext;
}

export interface CreatedClass {
  id: string;
  name: string;
  joinCode: string;
}

export interface TagInput {
  id?: string;
  label: string;
  color: "blue" | "purple" | "orange" | "green" | "pink" | "teal" | "brown" | "gray";
  requiresNote?: boolean;
}

export interface AssignmentInput {
  classId: string;
  articleId: string;
  title: string;
  instructions?: string;
  dueAt?: string | null;
  revealPolicy?: "ALWAYS" | "AFTER_SUBMIT" | "AFTER_DUE" | "MANUAL";
  showClassmateNames?: boolean;
  tags?: TagInput[];
  scoreOutOf?: number | null;
}

export interface Assignment {
  id: string;
  title: string;
  tags: { id: string; label: string; requiresNote: boolean }[];
  article: { id: string; title: string; text: string };
}

/** The four standard tags plus one that needs a note, as a teacher might set them. */
export const TAGS_WITH_A_NOTE: TagInput[] = [
  { id: "quote", label: "Quote", color: "blue" },
  { id: "opinion", label: "Opinion", color: "purple" },
  { id: "loaded_language", label: "Loaded language", color: "orange" },
  { id: "factual_claim", label: "Factual claim", color: "green" },
  { id: "spin", label: "Spin", color: "pink", requiresNote: true },
];

/** A short news story whose phrases each sit in one paragraph, for highlighting with the mouse. */
export const POOL_ARTICLE = {
  title: "Town pool to reopen in June",
  text: [
    "The town pool will reopen on 1 June after a two-year renovation, the council said on Monday.",
    "Mayor Ellen Park called the new pool “a triumph for every family in town” and thanked the builders.",
    "The works cost £2.4 million, twice the first estimate.",
    "Critics called the overspend a reckless waste of public money.",
  ].join("\n\n"),
};

/** The body of a response whose status is the one expected; the message says what came back otherwise. */
export async function expectStatus<T>(response: APIResponse, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status(), `${response.url()} answered ${response.status()}: ${text}`).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

/** Signs an API context in as a browser does with Auth.js credentials: CSRF token, then the form. */
export async function signInApi(api: APIRequestContext, identifier: string, password: string): Promise<void> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { identifier, password, csrfToken, callbackUrl: "/assignments" },
    maxRedirects: 0,
  });
  expect(response.status(), "signing in redirects").toBe(302);
  const { cookies } = await api.storageState();
  expect(cookies.map((cookie) => cookie.name), `signed in as ${identifier}`).toContain("authjs.session-token");
}

export class Classroom {
  private readonly apis: APIRequestContext[] = [];
  private readonly pages: BrowserContext[] = [];

  constructor(
    private readonly baseURL: string,
    private readonly browser: Browser,
  ) {}

  private async newApi(): Promise<APIRequestContext> {
    const api = await request.newContext({ baseURL: this.baseURL });
    this.apis.push(api);
    return api;
  }

  /** A new teacher, signed up through POST /api/signup/teacher and signed in. */
  async signUpTeacher(name = "Morgan Hale"): Promise<Account> {
    const api = await this.newApi();
    const email = `${uniqueHandle("teacher")}@example.org`;
    const account = await expectStatus<{ id: string }>(await api.post("/api/signup/teacher", { data: { name, email, password: PASSWORD } }), 201);
    await signInApi(api, email, PASSWORD);
    return { id: account.id, name, identifier: email, password: PASSWORD, api };
  }

  /** A new student with a username (no email), or with an email address, who joins with `joinCode`, signed in. */
  async joinAsStudent(joinCode: string, name: string, options: { withEmail?: boolean } = {}): Promise<Account> {
    const api = await this.newApi();
    const handle = uniqueHandle(name.split(" ")[0]!);
    const identifier = options.withEmail ? `${handle}@example.org` : handle;
    const account = await expectStatus<{ id: string }>(
      await api.post("/api/signup/student", { data: { code: joinCode, name, [options.withEmail ? "email" : "username"]: identifier, password: PASSWORD } }),
      201,
    );
    await signInApi(api, identifier, PASSWORD);
    return { id: account.id, name, identifier, password: PASSWORD, api };
  }

  /** A browser page signed in as `account` (its own context, closed after the test). */
  async pageAs(account: Account): Promise<Page> {
    const context = await this.browser.newContext({ storageState: await account.api.storageState() });
    this.pages.push(context);
    return context.newPage();
  }

  /** A browser page with nobody signed in. */
  async anonymousPage(): Promise<Page> {
    const context = await this.browser.newContext();
    this.pages.push(context);
    return context.newPage();
  }

  async dispose(): Promise<void> {
    await Promise.all(this.pages.map((context) => context.close()));
    await Promise.all(this.apis.map((api) => api.dispose()));
  }
}

export async function createClass(teacher: Account, name: string): Promise<CreatedClass> {
  return expectStatus<CreatedClass>(await teacher.api.post("/api/classes", { data: { name } }), 201);
}

export async function addArticle(teacher: Account, article: { title: string; text: string } = POOL_ARTICLE): Promise<{ id: string; title: string }> {
  return expectStatus(await teacher.api.post("/api/articles", { data: article }), 201);
}

export async function setAssignment(teacher: Account, input: AssignmentInput): Promise<Assignment> {
  return expectStatus<Assignment>(await teacher.api.post("/api/assignments", { data: input }), 201);
}

/** A teacher, a class, the pool article and an assignment on it: the usual start of a journey. */
export async function setUpExercise(
  classroom: Classroom,
  options: Partial<Omit<AssignmentInput, "classId" | "articleId">> & { teacherName?: string } = {},
): Promise<{ teacher: Account; klass: CreatedClass; assignment: Assignment }> {
  const { teacherName, ...assignmentOptions } = options;
  const teacher = await classroom.signUpTeacher(teacherName);
  const klass = await createClass(teacher, `Media studies ${uniqueHandle("group")}`);
  const article = await addArticle(teacher);
  const assignment = await setAssignment(teacher, {
    title: "Spot the slant: the town pool",
    tags: TAGS_WITH_A_NOTE,
    ...assignmentOptions,
    classId: klass.id,
    articleId: article.id,
  });
  return { teacher, klass, assignment };
}

/**
 * Two readers who split on one passage: Priya (Opinion, handed in) and Ada (Loaded language, and
 * a factual claim, still a draft), so a comparison has a disagreement and a class to show.
 */
export async function twoReadersWhoDisagree(classroom: Classroom, klass: CreatedClass, assignment: Assignment): Promise<{ classmate: Account; student: Account }> {
  const classmate = await classroom.joinAsStudent(klass.joinCode, "Priya Shah");
  await highlight(classmate, assignment, "a reckless waste of public money", "opinion");
  await submit(classmate, assignment);
  const student = await classroom.joinAsStudent(klass.joinCode, "Ada Byrne");
  await highlight(student, assignment, "a reckless waste of public money", "loaded_language");
  await highlight(student, assignment, "twice the first estimate", "factual_claim");
  return { classmate, student };
}

/** Highlights the first occurrence of `phrase` in the assignment's article as `student`, through the API. */
export async function highlight(student: Account, assignment: Assignment, phrase: string, tag: string, note?: string): Promise<{ id: string }> {
  const start = assignment.article.text.indexOf(phrase);
  expect(start, `"${phrase}" is in the article`).toBeGreaterThanOrEqual(0);
  return expectStatus(
    await student.api.post(`/api/assignments/${assignment.id}/annotations`, { data: { start, end: start + phrase.length, tag, ...(note && { note }) } }),
    201,
  );
}

export async function submit(student: Account, assignment: Assignment): Promise<void> {
  // Every POST to the API declares JSON, as the app's own client does (the API refuses others).
  await expectStatus(await student.api.post(`/api/assignments/${assignment.id}/submit`, { headers: { "content-type": "application/json" } }), 200);
}

export async function giveFeedback(
  teacher: Account,
  assignment: Assignment,
  student: Account,
  feedback: { comment?: string; score?: number; returned?: boolean; locked?: boolean },
): Promise<void> {
  await expectStatus(await teacher.api.put(`/api/assignments/${assignment.id}/submissions/${student.id}/feedback`, { data: feedback }), 200);
}

export async function updateAssignment(teacher: Account, assignment: Assignment, change: Record<string, unknown>): Promise<void> {
  await expectStatus(await teacher.api.patch(`/api/assignments/${assignment.id}`, { data: change }), 200);
}

/** `test` with a `classroom` for API set-up; every account and page it made is closed afterwards. */
export const test = base.extend<{ classroom: Classroom }>({
  classroom: async ({ baseURL, browser }, provide) => {
    const classroom = new Classroom(baseURL!, browser);
    await provide(classroom);
    await classroom.dispose();
  },
});
