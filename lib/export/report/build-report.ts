import type { TagDefinition } from "@/lib/annotations/tags";
import { formatScore } from "@/lib/text/format-score";
import { formatDate, formatDateTime } from "../export-dates";
import type { ExportModel, ExportReader } from "../export-model";
import { annotateArticle } from "./annotated-article";
import { classSummary, heatmapOf } from "./class-summary";
import type { Footnote, ReaderRow, Report, ReportFact, ReportTag, ScoreTable } from "./report";
import { decimalText, readersWord, safeHref } from "./report-words";
import { tagAbbreviations } from "./tag-abbreviations";
import { TAG_STYLES } from "./tag-styles";

const VERDICT_WORD = { AGREE: "Agree", PARTLY: "Partly", DISAGREE: "Disagree" } as const;
const SCOPE_WORD = { mine: "My work", student: "One student’s work", key: "Answer key", class: "Whole class" } as const;

/** Everything an HTML or PDF export shows, from the export model alone (pure). */
export function buildReport(model: ExportModel): Report {
  const tags = reportTags(model);
  const tagOf = (id: string): ReportTag => tags.get(id) ?? { id, label: id, color: "gray", abbreviation: id.slice(0, 3).toUpperCase(), style: TAG_STYLES.gray };
  const nameOf = new Map(model.readers.map((r) => [r.id, r.name]));
  const manyReaders = model.readers.length > 1;
  const readerRow = (r: ExportReader): ReaderRow => ({
    name: r.name,
    status: statusText(r, model.timeZone),
    highlights: model.annotations.filter((a) => a.readerId === r.id).length,
    score: r.score === null ? null : formatScore(r.score, model.assignment.scoreOutOf),
    overallComment: r.overallComment,
  });

  // Notes in reading order; highlights of one passage grouped by tag, so that readers who agree
  // get consecutive numbers and one label ("11–20 LL") in the article.
  const rank = new Map(model.tags.map((t, i) => [t.id, i]));
  const tagRank = (tag: string) => rank.get(tag) ?? model.tags.length;
  const annotations = [...model.annotations].sort((a, b) => a.start - b.start || a.end - b.end || tagRank(a.tag) - tagRank(b.tag));
  const notes: Footnote[] = annotations.map((a, i) => ({
    number: i + 1,
    tag: tagOf(a.tag),
    reader: manyReaders ? (nameOf.get(a.readerId) ?? a.readerId) : null,
    exact: a.exact,
    note: a.note,
    verdict: a.verdict ? VERDICT_WORD[a.verdict] : null,
    teacherComment: a.teacherComment,
  }));
  const legendTags = [...tags.values()];
  return {
    title: model.assignment.title,
    articleTitle: model.article.title,
    facts: facts(model),
    instructions: model.assignment.instructions,
    legend: legendTags.map((tag) => ({ tag, count: model.annotations.filter((a) => a.tag === tag.id).length })),
    work: !manyReaders && model.readers[0] && model.readers[0].role === "student" ? readerRow(model.readers[0]) : null,
    readers: manyReaders ? model.readers.map(readerRow) : null,
    summary: model.compare ? classSummary(model.compare, legendTags) : null,
    article: annotateArticle({ ...model, annotations }),
    notes,
    heatmap: model.compare ? heatmapOf(model, model.compare) : null,
    scores: scoreTable(model, legendTags, nameOf),
    tags: new Map([...tags, ...model.annotations.filter((a) => !tags.has(a.tag)).map((a) => [a.tag, tagOf(a.tag)] as const)]),
  };
}

function reportTags(model: ExportModel): Map<string, ReportTag> {
  const abbreviations = tagAbbreviations(model.tags);
  return new Map(model.tags.map((t: TagDefinition) => [t.id, { id: t.id, label: t.label, color: t.color, abbreviation: abbreviations.get(t.id)!, style: TAG_STYLES[t.color] ?? TAG_STYLES.gray }]));
}

function facts(model: ExportModel): ReportFact[] {
  const { article, assignment } = model;
  const list: ReportFact[] = [{ label: "Class", value: assignment.className }];
  if (assignment.dueAt) list.push({ label: "Due", value: formatDateTime(assignment.dueAt, model.timeZone) });
  if (article.author) list.push({ label: "Author", value: article.author });
  if (article.publishedAt) list.push({ label: "Published", value: formatDate(article.publishedAt, model.timeZone) });
  if (article.sourceUrl) list.push({ label: "Source", value: article.sourceUrl, href: safeHref(article.sourceUrl) });
  list.push({ label: "Article version", value: String(article.version) });
  const only = model.readers.length === 1 ? model.readers[0]! : null;
  if (model.scope === "class") list.push({ label: "Export", value: `${SCOPE_WORD.class}, ${readersWord(model.readers.length)}` });
  else if (only && only.role === "student") list.push({ label: "Work of", value: only.name });
  else list.push({ label: "Export", value: SCOPE_WORD[model.scope] });
  list.push({ label: "Exported", value: formatDateTime(model.generatedAt, model.timeZone) });
  return list;
}

/** "draft", "not started", "submitted 1 December 2026 (late)", "submitted 1 December 2026, returned 3 December 2026". */
function statusText(reader: ExportReader, timeZone: string): string {
  const parts: string[] = [];
  if (reader.submittedAt) parts.push(`submitted ${formatDate(reader.submittedAt, timeZone)}${reader.late ? " (late)" : ""}`);
  if (reader.returnedAt) parts.push(`returned ${formatDate(reader.returnedAt, timeZone)}`);
  return parts.length > 0 ? parts.join(", ") : reader.status;
}

function scoreTable(model: ExportModel, tags: ReportTag[], nameOf: Map<string, string>): ScoreTable | null {
  if (!model.scores) return null;
  const scored = model.readers.filter((r) => model.scores![r.id]);
  if (scored.length === 0) return null;
  return {
    columns: ["Precision", "Recall", "F1", ...tags.map((t) => `F1 ${t.label}`)],
    rows: scored.map((r) => {
      const { overall, byTag } = model.scores![r.id]!;
      return { reader: nameOf.get(r.id) ?? r.id, values: [overall.precision, overall.recall, overall.f1, ...tags.map((t) => byTag[t.id]?.f1 ?? null)].map(decimalText) };
    }),
  };
}
