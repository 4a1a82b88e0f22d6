import { Paragraph, TextRun, type ICommentOptions } from "docx";
import { highlightLook } from "./docx-article";
import { textRuns } from "./docx-runs";
import type { ExportAnnotation, ExportModel, ExportVerdict } from "./export-model";
import { xmlText } from "./xml-text";

/** The app's own words for the teacher's verdicts (components/reader/VerdictBadge.tsx). */
const VERDICT_LABEL: Record<ExportVerdict, string> = { AGREE: "Agree", PARTLY: "Partly", DISAGREE: "Disagree" };

/**
 * One Word comment per highlight, id = its index in the model: who (in a class export), the tag
 * (drawn as in the text), the reader's note and the teacher's verdict and comment. The author is
 * the reader's name as the model prints it ("Reader 2" when pseudonymised), the date the highlight's.
 */
export function highlightComments(model: ExportModel): ICommentOptions[] {
  const readerName = new Map(model.readers.map((r) => [r.id, r.name]));
  const tagOf = new Map(model.tags.map((t) => [t.id, t]));
  return model.annotations.map((annotation, id) => {
    const author = xmlText(readerName.get(annotation.readerId) ?? "Slant");
    const tag = tagOf.get(annotation.tag);
    const heading = [
      ...(model.scope === "class" ? [new TextRun({ text: author, bold: true }), new TextRun(" · ")] : []),
      new TextRun({ ...highlightLook([tag?.color ?? "gray"]), text: xmlText(tag?.label ?? annotation.tag), bold: true }),
    ];
    return {
      id,
      author,
      initials: initialsOf(author),
      date: new Date(annotation.createdAt),
      children: [new Paragraph({ children: heading }), ...details(annotation)],
    };
  });
}

function details(annotation: ExportAnnotation): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (annotation.note !== null && annotation.note.trim() !== "") {
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: "Note: ", italics: true }), ...textRuns(annotation.note)] }));
  }
  const said = annotation.teacherComment?.trim() ? annotation.teacherComment : null;
  if (annotation.verdict !== null || said !== null) {
    const verdict = annotation.verdict === null ? [] : [new TextRun({ text: VERDICT_LABEL[annotation.verdict], bold: true })];
    const comment = said === null ? [] : [...(verdict.length > 0 ? [new TextRun(" — ")] : []), ...textRuns(said)];
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: "Teacher: ", italics: true }), ...verdict, ...comment] }));
  }
  return paragraphs;
}

/** "Reader 12" → "R12", "Amara Okafor" → "AO": the first letter of the first and last word, or a number whole. */
export function initialsOf(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = words[0];
  if (first === undefined) return "?";
  const last = words.length > 1 ? words[words.length - 1]! : "";
  const initial = (word: string) => (/^\p{N}+$/u.test(word) ? word : [...word][0]!.toUpperCase());
  return initial(first) + (last === "" ? "" : initial(last));
}
