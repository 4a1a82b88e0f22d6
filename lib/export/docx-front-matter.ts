import { BorderStyle, ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from "docx";
import { formatScore } from "@/lib/text/format-score";
import { highlightLook } from "./docx-article";
import { formatDateTime } from "./export-dates";
import { textRuns } from "./docx-runs";
import type { ExportModel } from "./export-model";
import { TAG_STYLES } from "./tag-styles";
import { xmlText } from "./xml-text";

/**
 * What comes before the article: its title and source, what this export holds, the legend of
 * tags (each drawn as in the text, with its underline named, so it reads in greyscale) and
 * the teacher's overall feedback where the model carries it.
 */
export function frontMatter(model: ExportModel): Paragraph[] {
  const { article, assignment } = model;
  const byline = joined([
    article.author === null ? [] : textRuns(article.author),
    article.publishedAt === null ? [] : [new TextRun(`Published ${article.publishedAt}`)],
    article.sourceUrl === null ? [] : [new TextRun("Source: "), sourceLink(article.sourceUrl)],
  ]);
  const due = assignment.dueAt === null ? "" : ` · due ${formatDateTime(assignment.dueAt, model.timeZone)}`;
  const paragraphs = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(article.title) }),
    ...(byline.length > 0 ? [new Paragraph({ children: byline })] : []),
    new Paragraph({ children: [new TextRun({ text: "Assignment: ", bold: true }), ...textRuns(`${assignment.title} — ${assignment.className}${due}`)] }),
    new Paragraph({ children: textRuns(`${whoseWork(model)} · exported ${formatDateTime(model.generatedAt, model.timeZone)}${model.pseudonymized ? " · names replaced by Reader 1, Reader 2…" : ""}`) }),
    ...(assignment.instructions?.trim() ? [new Paragraph({ children: [new TextRun({ text: "Instructions: ", bold: true }), ...textRuns(assignment.instructions)] })] : []),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: "Tags", bold: true })] }),
    ...model.tags.map((tag) => {
      const count = model.annotations.filter((a) => a.tag === tag.id).length;
      return new Paragraph({
        bullet: { level: 0 },
        children: [new TextRun({ ...highlightLook([tag.color]), text: xmlText(tag.label) }), new TextRun(` — ${TAG_STYLES[tag.color].pattern} underline · ${count} ${count === 1 ? "highlight" : "highlights"}`)],
      });
    }),
    ...feedback(model),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: "999999" } }, children: [] }),
  ];
  return paragraphs;
}

/** The source as a link for http(s) addresses only (never javascript: or file:), else as text. */
function sourceLink(url: string): ParagraphChild {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed === null || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) return new TextRun(xmlText(url));
  return new ExternalHyperlink({ link: parsed.href, children: [new TextRun({ text: xmlText(url), style: "Hyperlink" })] });
}

function whoseWork(model: ExportModel): string {
  const students = model.readers.filter((r) => r.role === "student");
  switch (model.scope) {
    case "class":
      return `Whole class: ${students.length} ${students.length === 1 ? "student" : "students"}, ${model.annotations.length} highlights`;
    case "key":
      return "The answer key";
    case "mine":
    case "student":
      return `The work of ${students[0]?.name ?? "one student"}`;
  }
}

function feedback(model: ExportModel): Paragraph[] {
  const given = model.readers.filter((r) => r.score !== null || r.overallComment?.trim());
  if (given.length === 0) return [];
  return [
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: "Teacher's feedback", bold: true })] }),
    ...given.map(
      (reader) =>
        new Paragraph({
          children: [
            new TextRun({ text: xmlText(reader.name), bold: true }),
            ...(reader.score === null ? [] : [new TextRun(` · score ${formatScore(reader.score, model.assignment.scoreOutOf)}`)]),
            ...(reader.overallComment?.trim() ? [new TextRun(" · "), ...textRuns(reader.overallComment)] : []),
          ],
        }),
    ),
  ];
}

function joined(parts: ParagraphChild[][]): ParagraphChild[] {
  return parts.filter((part) => part.length > 0).flatMap((part, i) => (i === 0 ? part : [new TextRun(" · "), ...part]));
}
