import type { Footnote } from "../report/report";
import { shortPassage } from "../report/report-words";
import type { PdfFlow } from "./pdf-flow";
import { paintInk, type Ink } from "./pdf-ink";
import { ACCENT, RULE, TYPE, tagSample } from "./pdf-styles";
import type { Line, Run } from "./text-layout";

const NUMBER_WIDTH = 24;
const LINE = 12.5;

/**
 * The notes, numbered as the labels in the article: each names its reader (class exports)
 * and tag, quotes the highlight, and gives the student's note and the teacher's verdict and
 * comment. The number links back to the highlight, as the highlight's label links here. A
 * note is never split across pages.
 */
export function drawNotes(flow: PdfFlow, notes: readonly Footnote[]): void {
  if (notes.length === 0) {
    flow.paragraph([{ text: "No highlights yet.", style: TYPE.small }], { lineHeight: LINE, ascent: 9.5 });
    return;
  }
  const painter = paintInk(flow.doc);
  const width = flow.width - NUMBER_WIDTH;
  for (const note of notes) {
    const parts: Line<Ink>[][] = [flow.layout(headRuns(note), width), flow.layout([{ text: `“${shortPassage(note.exact, 220)}”`, style: TYPE.smallItalic }], width)];
    if (note.note) parts.push(flow.layout([{ text: "Note: ", style: TYPE.smallBold }, { text: note.note, style: TYPE.small }], width));
    if (note.verdict || note.teacherComment) parts.push(flow.layout(teacherRuns(note), width));
    const lines = parts.flat();
    flow.ensure(lines.length * LINE + 8);
    const top = flow.y;
    flow.doc.save().moveTo(flow.left, top).lineTo(flow.left + flow.width, top).lineWidth(0.5).strokeColor(RULE).stroke().restore();
    flow.y += 3;
    const numberLine = flow.layout<Ink>([{ text: String(note.number), style: { ...TYPE.smallBold, color: ACCENT }, data: { goTo: `ref-${note.number}`, anchor: `note-${note.number}` } }], NUMBER_WIDTH - 6);
    const numberTop = flow.y;
    flow.drawLines(numberLine.map((l) => ({ ...l, fragments: l.fragments.map((f) => ({ ...f, x: NUMBER_WIDTH - 6 - l.width })) })), { lineHeight: LINE, ascent: 9.5, painter });
    flow.y = numberTop;
    flow.drawLines(lines, { x: flow.left + NUMBER_WIDTH, lineHeight: LINE, ascent: 9.5, painter });
    flow.y += 4;
  }
}

function headRuns(note: Footnote): Run<Ink>[] {
  return [...(note.reader ? [{ text: note.reader, style: TYPE.smallBold }, { text: " · ", style: TYPE.small }] : []), ...tagSample(note.tag)];
}

function teacherRuns(note: Footnote): Run<Ink>[] {
  const runs: Run<Ink>[] = [{ text: "Teacher: ", style: TYPE.smallBold }];
  if (note.verdict) runs.push({ text: note.verdict, style: TYPE.smallBold });
  if (note.verdict && note.teacherComment) runs.push({ text: " — ", style: TYPE.small });
  if (note.teacherComment) runs.push({ text: note.teacherComment, style: TYPE.small });
  return runs;
}
