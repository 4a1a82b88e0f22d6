import type { SpanScores } from "@/lib/compare";
import type { ExportModel, ExportReader } from "./export-model";
import { spreadsheetDateTime } from "./export-dates";
import { spreadsheetCsv } from "./spreadsheet-csv";

/**
 * One row per student of the export (every enrolled student in a teacher's class export, those
 * who have not started too): status, highlights per tag, notes, hand-in and return, the score,
 * and, when the assignment has an answer key, span precision, recall and F1 against it overall
 * and per tag (lib/compare/span-scores.ts). Scores are numbers from 0 to 1 with three decimals,
 * so a spreadsheet can average and chart them; dates are "YYYY-MM-DD HH:MM" on the exporting
 * viewer's clock (the heading names the zone), which Excel, LibreOffice and Google Sheets all read as dates.
 */
export function writeGradebook(model: ExportModel): Uint8Array<ArrayBuffer> {
  const students = model.readers.filter((r) => r.role === "student");
  const header = [
    "student",
    "status",
    "highlights",
    ...model.tags.map((t) => `${t.label} highlights`),
    "notes written",
    `submitted at (${model.timeZone})`,
    "late",
    `returned at (${model.timeZone})`,
    "score",
    "score out of",
    ...(model.scores === null ? [] : ["precision vs key (0-1)", "recall vs key (0-1)", "F1 vs key (0-1)", ...model.tags.flatMap((t) => [`${t.label} precision (0-1)`, `${t.label} recall (0-1)`, `${t.label} F1 (0-1)`])]),
  ];
  return spreadsheetCsv([header, ...students.map((student) => row(model, student))]);
}

function row(model: ExportModel, student: ExportReader): (string | number | boolean | null)[] {
  const own = model.annotations.filter((a) => a.readerId === student.id);
  const scores = model.scores?.[student.id];
  return [
    student.name,
    student.status,
    own.length,
    ...model.tags.map((t) => own.filter((a) => a.tag === t.id).length),
    own.filter((a) => a.note !== null && a.note.trim() !== "").length,
    spreadsheetDate(student.submittedAt, model.timeZone),
    // Late or not is a question only about work handed in.
    student.submittedAt === null ? null : student.late,
    spreadsheetDate(student.returnedAt, model.timeZone),
    student.score,
    model.assignment.scoreOutOf,
    ...(model.scores === null ? [] : [...threeScores(scores?.overall), ...model.tags.flatMap((t) => threeScores(scores?.byTag[t.id]))]),
  ];
}

function threeScores(scores: SpanScores | undefined): (number | null)[] {
  return scores === undefined ? [null, null, null] : [scores.precision, scores.recall, scores.f1].map((value) => Math.round(value * 1000) / 1000);
}

function spreadsheetDate(iso: string | null, timeZone: string): string | null {
  return iso === null ? null : spreadsheetDateTime(iso, timeZone);
}
