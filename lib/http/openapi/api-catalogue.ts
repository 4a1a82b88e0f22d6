import { z } from "zod";
import {
  AccountDto,
  ChangePasswordInput,
  PasswordResetInput,
  PasswordResetRequestInput,
  StudentSignUpInput,
  TeacherSignUpInput,
} from "@/lib/auth/account-schemas";
import { AnnotationBatchDto, AnnotationBatchInput } from "@/lib/annotations/batch-schemas";
import { AnnotationDto, CreateAnnotationInput, ListAnnotationsQuery, PlaceAnnotationInput, UpdateAnnotationInput } from "@/lib/annotations/schemas";
import { ArticleDto, ArticleSummaryDto, CreateArticleInput, UpdateArticleInput } from "@/lib/articles/article-schemas";
import { AssignmentDto, AssignmentListItemDto, CreateAssignmentInput, ProgressRowDto, UpdateAssignmentInput } from "@/lib/classes/assignment-schemas";
import { MoveToVersionInput, VersionMoveDto } from "@/lib/classes/article-version-schemas";
import { CompareQuery, ComparisonDto } from "@/lib/classes/comparison-schemas";
import { AssignmentChangeEvent } from "@/lib/events/assignment-event-schemas";
import { EXPORT_MEDIA_TYPES } from "@/lib/export/export-formats";
import { ExportQuery } from "@/lib/export/export-query";
import { ImportQuery, ImportReportDto } from "@/lib/export/import-schemas";
import { W3cImportDocument } from "@/lib/export/w3c-import-document";
import { ClassDetailDto, ClassSummaryDto, CreateClassInput, JoinClassInput, UpdateClassInput } from "@/lib/classes/class-schemas";
import {
  AnnotationFeedbackDto,
  AnnotationFeedbackInput,
  AnswerKeyDto,
  AnswerKeyInput,
  StudentSubmissionDto,
  SubmissionDto,
  SubmissionFeedbackInput,
} from "@/lib/classes/submission-schemas";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI path, e.g. /api/assignments/{id}; it mirrors the route file's folder. */
  path: string;
  summary: string;
  /** false for sign-up and health: no session needed. */
  session: boolean;
  query?: z.ZodType;
  body?: z.ZodType | "multipart-article";
  /**
   * The success status and what it returns (null: no body); `files`: a download in one of these media types instead of JSON;
   * `events`: a text/event-stream whose `change` events carry this JSON.
   */
  success: { status: 200 | 201 | 202 | 204; schema: z.ZodType | null; files?: string[]; events?: z.ZodType };
  /** The 4xx statuses the route documents beyond 401 (and 400/413/422 for bodies). */
  errors?: number[];
}

const HealthDto = z.object({ status: z.enum(["ok", "degraded"]), database: z.enum(["ok", "down"]) });
const JoinedDto = z.object({ classId: z.uuid(), className: z.string() });
const StudentAccountDto = AccountDto.extend(JoinedDto.shape);

/**
 * Every route of the JSON API with the very zod schemas its handler validates with.
 * /api/openapi.json is generated from this; a test checks it against the route files.
 */
export const API_OPERATIONS: ApiOperation[] = [
  { method: "GET", path: "/api/health", summary: "Is the app and its database up?", session: false, success: { status: 200, schema: HealthDto }, errors: [503] },
  { method: "POST", path: "/api/signup/teacher", summary: "Create a teacher account", session: false, body: TeacherSignUpInput, success: { status: 201, schema: AccountDto }, errors: [409, 429] },
  { method: "POST", path: "/api/signup/student", summary: "Create a student account and join a class with its code", session: false, body: StudentSignUpInput, success: { status: 201, schema: StudentAccountDto }, errors: [404, 409, 429] },
  { method: "POST", path: "/api/account/password", summary: "Change your password; your other sessions end", session: true, body: ChangePasswordInput, success: { status: 204, schema: null } },
  { method: "POST", path: "/api/password-reset", summary: "Forgot your password: email a one-time link (the same answer for any address)", session: false, body: PasswordResetRequestInput, success: { status: 202, schema: z.object({ message: z.string() }) }, errors: [429] },
  { method: "POST", path: "/api/password-reset/confirm", summary: "Choose a new password with the emailed link's token; every session ends", session: false, body: PasswordResetInput, success: { status: 204, schema: null } },

  { method: "GET", path: "/api/classes", summary: "Your classes", session: true, success: { status: 200, schema: z.array(ClassSummaryDto) } },
  { method: "POST", path: "/api/classes", summary: "Create a class (teachers)", session: true, body: CreateClassInput, success: { status: 201, schema: z.object({ id: z.uuid(), name: z.string(), joinCode: z.string() }) }, errors: [403] },
  { method: "POST", path: "/api/classes/join", summary: "Join a class with its code (students)", session: true, body: JoinClassInput, success: { status: 200, schema: JoinedDto }, errors: [403, 404, 429] },
  { method: "GET", path: "/api/classes/{id}", summary: "A class; its teachers also get the code and roster", session: true, success: { status: 200, schema: ClassDetailDto }, errors: [404] },
  { method: "PATCH", path: "/api/classes/{id}", summary: "Rename, archive or bring back a class", session: true, body: UpdateClassInput, success: { status: 200, schema: ClassDetailDto }, errors: [403, 404] },
  { method: "POST", path: "/api/classes/{id}/join-code", summary: "Make a new join code", session: true, success: { status: 200, schema: z.object({ joinCode: z.string() }) }, errors: [403, 404] },
  { method: "DELETE", path: "/api/classes/{id}/students/{studentId}", summary: "Remove a student from the class", session: true, success: { status: 204, schema: null }, errors: [403, 404] },
  { method: "POST", path: "/api/classes/{id}/students/{studentId}/password-reset", summary: "Give a student without an email address a temporary password, good for 24 hours", session: true, success: { status: 200, schema: z.object({ temporaryPassword: z.string(), expiresAt: z.iso.datetime() }) }, errors: [403, 404] },

  { method: "GET", path: "/api/articles", summary: "Your article library", session: true, success: { status: 200, schema: z.array(ArticleSummaryDto) } },
  { method: "POST", path: "/api/articles", summary: "Add an article: JSON {title, text | html} or multipart with a .html, .docx or .txt file", session: true, body: CreateArticleInput, success: { status: 201, schema: ArticleDto }, errors: [403] },
  { method: "GET", path: "/api/articles/{id}", summary: "An article with its versions", session: true, success: { status: 200, schema: ArticleDto }, errors: [404] },
  { method: "PATCH", path: "/api/articles/{id}", summary: "Change an article's details; new text makes a new version", session: true, body: UpdateArticleInput, success: { status: 200, schema: ArticleDto }, errors: [404, 409] },

  { method: "GET", path: "/api/assignments", summary: "Your assignments with your progress", session: true, success: { status: 200, schema: z.array(AssignmentListItemDto) } },
  { method: "POST", path: "/api/assignments", summary: "Set an article for a class (teachers)", session: true, body: CreateAssignmentInput, success: { status: 201, schema: AssignmentDto }, errors: [403, 404, 409] },
  { method: "GET", path: "/api/assignments/{id}", summary: "An assignment with its article's canonical text", session: true, success: { status: 200, schema: AssignmentDto }, errors: [404] },
  { method: "PATCH", path: "/api/assignments/{id}", summary: "Change an assignment (title, due date, reveal policy, tags, release)", session: true, body: UpdateAssignmentInput, success: { status: 200, schema: AssignmentDto }, errors: [403, 404, 409] },
  { method: "GET", path: "/api/assignments/{id}/annotations", summary: "Your annotations; teachers add ?student= or ?scope=class, students ?scope=class after the reveal; ?orphaned=true lists instead those a move to a new article version could not place (owner and teacher only)", session: true, query: ListAnnotationsQuery, success: { status: 200, schema: z.array(AnnotationDto) }, errors: [403, 404] },
  { method: "POST", path: "/api/assignments/{id}/annotations", summary: "Save a highlight; a repeated id returns the first record", session: true, body: CreateAnnotationInput, success: { status: 201, schema: AnnotationDto }, errors: [403, 404, 409] },
  { method: "POST", path: "/api/assignments/{id}/annotations/batch", summary: "Save many waiting changes (creates, updates, deletes) in order, each answered on its own and idempotent by id; an update or delete with baseRevision is 409 with the stored record if it changed since", session: true, body: AnnotationBatchInput, success: { status: 200, schema: AnnotationBatchDto }, errors: [403, 404] },
  { method: "POST", path: "/api/assignments/{id}/article-version", summary: "Move the assignment to another version of its article (its teacher): every highlight is re-anchored in one transaction, at its position, by its quote and context, or fuzzily, or kept as orphaned; answers how many went each way", session: true, body: MoveToVersionInput, success: { status: 200, schema: VersionMoveDto }, errors: [403, 404, 409] },
  { method: "GET", path: "/api/assignments/{id}/submission", summary: "Your submission: status, counts per tag, feedback once returned", session: true, success: { status: 200, schema: SubmissionDto }, errors: [404] },
  { method: "POST", path: "/api/assignments/{id}/submit", summary: "Hand in your highlights", session: true, success: { status: 200, schema: SubmissionDto }, errors: [403, 404] },
  { method: "POST", path: "/api/assignments/{id}/unsubmit", summary: "Take your submission back (before the due date, unless locked or returned or, under AFTER_SUBMIT, classmates' highlights were seen)", session: true, success: { status: 200, schema: SubmissionDto }, errors: [403, 404, 409] },
  { method: "GET", path: "/api/assignments/{id}/progress", summary: "Every student's progress (teachers)", session: true, success: { status: 200, schema: z.array(ProgressRowDto) }, errors: [403, 404] },
  { method: "GET", path: "/api/assignments/{id}/events", summary: "Live changes as server-sent events (the class's teacher and admins; students once the reveal shows them the comparison): `ready` on every connection and `change` when work changes, both meaning re-fetch the progress or the comparison; `end` when the viewer may no longer watch. Ids and kinds only, never content", session: true, success: { status: 200, schema: null, events: AssignmentChangeEvent }, errors: [403, 404] },
  { method: "GET", path: "/api/assignments/{id}/compare", summary: "How the class read it: agreement, heatmap, consensus, hotspots; scores against the key (teachers). Students after the reveal", session: true, query: CompareQuery, success: { status: 200, schema: ComparisonDto }, errors: [403, 404] },
  { method: "GET", path: "/api/assignments/{id}/export", summary: "Download the assignment's highlights: your own (scope=mine), a student's, the answer key or the class (teachers; students after the reveal); pseudonymize=1 replaces every name with Reader 1, 2…", session: true, query: ExportQuery, success: { status: 200, schema: null, files: EXPORT_MEDIA_TYPES }, errors: [403, 404] },
  { method: "POST", path: "/api/assignments/{id}/import", summary: "Bring in a W3C Web Annotation file (JSON-LD, as format=jsonld exports it) in place of your highlights: as=mine while your work is a draft, as=key to make it the answer key (teachers). All or nothing: 422 lists each annotation that cannot be placed or tagged", session: true, query: ImportQuery, body: W3cImportDocument, success: { status: 201, schema: ImportReportDto }, errors: [403, 404, 409] },
  { method: "GET", path: "/api/assignments/{id}/submissions/{studentId}", summary: "One student's submission (teachers)", session: true, success: { status: 200, schema: StudentSubmissionDto }, errors: [403, 404] },
  { method: "PUT", path: "/api/assignments/{id}/submissions/{studentId}/feedback", summary: "Overall comment, score, lock, return (teachers)", session: true, body: SubmissionFeedbackInput, success: { status: 200, schema: StudentSubmissionDto }, errors: [403, 404, 409] },
  { method: "PUT", path: "/api/assignments/{id}/answer-key", summary: "Mark your own highlights as the answer key (teachers)", session: true, body: AnswerKeyInput, success: { status: 200, schema: AnswerKeyDto }, errors: [403, 404, 409] },
  { method: "PATCH", path: "/api/annotations/{id}", summary: "Change your annotation's tag or note", session: true, body: UpdateAnnotationInput, success: { status: 200, schema: AnnotationDto }, errors: [403, 404, 409] },
  { method: "DELETE", path: "/api/annotations/{id}", summary: "Delete your annotation (one with the teacher's feedback stays in the teacher's review, marked deleted)", session: true, success: { status: 204, schema: null }, errors: [403, 404, 409] },
  { method: "POST", path: "/api/annotations/{id}/place", summary: "Place your orphaned annotation again, on text of the assignment's current version, while your work is a draft", session: true, body: PlaceAnnotationInput, success: { status: 200, schema: AnnotationDto }, errors: [403, 404, 409] },
  { method: "PUT", path: "/api/annotations/{id}/feedback", summary: "A verdict and comment on a student's annotation (teachers)", session: true, body: AnnotationFeedbackInput, success: { status: 200, schema: AnnotationFeedbackDto }, errors: [403, 404, 409] },
  { method: "GET", path: "/api/openapi.json", summary: "This description of the API", session: false, success: { status: 200, schema: null } },
];
