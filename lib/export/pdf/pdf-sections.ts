import type { ClassSummary, Heatmap, LegendEntry, ReaderRow, Report, ScoreTable } from "../report/report";
import type { PdfFlow } from "./pdf-flow";
import { hex, paintInk, type Ink } from "./pdf-ink";
import { ACCENT, INK, MUTED, PANEL, RULE, TYPE, tagLabel, tagSample } from "./pdf-styles";
import { drawRow, drawTable } from "./pdf-table";
import type { Run } from "./text-layout";

const PATTERN_WORD = { solid: "solid line", dashed: "dashed line", wavy: "wavy line", double: "double line", dotted: "dotted line" } as const;

const text = (value: string, style = TYPE.small, data?: Ink): Run<Ink> => ({ text: value, style, data });

/** A section title over a rule, kept with the start of what follows. */
export function drawHeading(flow: PdfFlow, title: string): void {
  flow.space(10);
  flow.ensure(70);
  flow.paragraph([text(title, TYPE.section)], { lineHeight: 17, ascent: 13 });
  flow.doc.save().moveTo(flow.left, flow.y).lineTo(flow.left + flow.width, flow.y).lineWidth(1.2).strokeColor(INK).stroke().restore();
  flow.space(8);
}

function drawSubheading(flow: PdfFlow, title: string): void {
  flow.space(4);
  flow.ensure(50);
  flow.paragraph([text(title, TYPE.subsection)], { lineHeight: 15, ascent: 11, after: 2 });
}

export function drawHeader(flow: PdfFlow, report: Report): void {
  flow.paragraph([text(report.title, TYPE.title)], { lineHeight: 23, ascent: 18 });
  flow.paragraph([text(report.articleTitle, TYPE.subtitle)], { lineHeight: 16, ascent: 12, after: 6 });
  for (const fact of report.facts) {
    const value = fact.href ? text(fact.value, { ...TYPE.small, color: ACCENT }, { url: fact.href }) : text(fact.value);
    drawRow(flow, [{ runs: [text(fact.label, TYPE.label)], share: 0.16 }, { runs: [value], share: 0.84 }], { lineHeight: 11.5, rule: null, x: flow.left - 4, width: flow.width + 4 });
    flow.y -= 5;
  }
  if (report.instructions) {
    flow.space(8);
    const top = flow.y;
    flow.paragraph([text("Instructions: ", TYPE.smallBold), text(report.instructions)], { x: flow.left + 10, lineHeight: 12.5, ascent: 9.5 });
    flow.doc.save().moveTo(flow.left + 1.5, top).lineTo(flow.left + 1.5, flow.y).lineWidth(2.5).strokeColor(RULE).stroke().restore();
  }
}

export function drawLegend(flow: PdfFlow, legend: readonly LegendEntry[]): void {
  drawHeading(flow, "Tags");
  const cell = ({ tag, count }: LegendEntry) => ({
    runs: [...tagSample(tag, TYPE.body), text(`  ${PATTERN_WORD[tag.style.pattern]} · ${count} ${count === 1 ? "highlight" : "highlights"}`, TYPE.muted)],
    share: 0.5,
  });
  for (let i = 0; i < legend.length; i += 2) drawRow(flow, legend.slice(i, i + 2).map(cell), { lineHeight: 17, rule: null });
  flow.space(4);
  const example = legend[0]?.tag;
  flow.paragraph(
    [
      text("Each highlight is tinted and underlined in its tag’s colour and pattern, and ends with a label: its note number and the tag’s code", TYPE.muted),
      // An example label, drawn like one but linked to nothing.
      ...(example ? [text(" (", TYPE.muted), { ...tagLabel(example, 1), data: { label: { tag: example } } }, text(")", TYPE.muted)] : []),
      text(". The notes follow the article.", TYPE.muted),
    ],
    { lineHeight: 12, ascent: 9, painter: paintInk(flow.doc) },
  );
}

/** A single reader's standing and the teacher's overall comment, on a tinted panel. */
export function drawWork(flow: PdfFlow, work: ReaderRow): void {
  flow.space(8);
  const runs: Run<Ink>[] = [text(work.name, TYPE.smallBold), text(` · ${work.status} · ${work.highlights} highlights`)];
  if (work.score !== null) runs.push(text(" · "), text(`Score: ${work.score}`, TYPE.smallBold));
  const lines = flow.layout(runs, flow.width - 16);
  const comment = work.overallComment ? flow.layout([text("Teacher’s comment: ", TYPE.smallBold), text(work.overallComment)], flow.width - 16) : [];
  const height = (lines.length + comment.length) * 12.5 + 10;
  flow.ensure(height);
  flow.doc.save().roundedRect(flow.left, flow.y, flow.width, height, 4).fill(PANEL).restore();
  flow.y += 5;
  flow.drawLines([...lines, ...comment], { x: flow.left + 8, lineHeight: 12.5, ascent: 9.5 });
  flow.y += 5;
}

export function drawSummary(flow: PdfFlow, summary: ClassSummary): void {
  drawHeading(flow, "How the class read it");
  flow.paragraph([text(summary.explanation, TYPE.body)], { lineHeight: 14, ascent: 10.5, after: 4 });
  drawTable(
    flow,
    [{ text: "Measure", share: 0.62 }, { text: "Value", share: 0.13, align: "right" }, { text: "Reading", share: 0.25 }],
    summary.agreement.map((row) => [[text(row.measure)], [text(row.value)], [text(row.reading)]]),
  );
  drawSubheading(flow, "Consensus");
  if (summary.consensus.length === 0) flow.paragraph([text("No passage was tagged the same way by two readers in three.")], { lineHeight: 12.5, ascent: 9.5 });
  for (const c of summary.consensus) {
    drawRow(flow, [{ runs: [text("•")], share: 0.04 }, { runs: [...tagSample(c.tag), text(`  “${c.exact}” `, TYPE.smallItalic), text(`(${c.share} of readers)`, TYPE.muted)], share: 0.96 }], { rule: null });
  }
  drawSubheading(flow, "Top disagreements");
  if (summary.hotspots.length === 0) flow.paragraph([text("The readers did not split on any passage.")], { lineHeight: 12.5, ascent: 9.5 });
  summary.hotspots.forEach((h, i) => {
    const words = h.split.flatMap((s, k) => [...(k > 0 ? [text(" · ")] : []), ...(s.tag ? [tagLabel(s.tag, undefined, 6.5), text(" ")] : []), text(`${s.label} ${s.count}`)]);
    flow.ensure(32);
    drawRow(flow, [{ runs: [text(`${i + 1}.`)], share: 0.05 }, { runs: [text(`“${h.exact}”`, TYPE.smallItalic)], share: 0.95 }], { rule: null });
    flow.y -= 4;
    drawSplitBar(flow, h.split, flow.left + flow.width * 0.05 + 4, flow.y + 4, flow.width * 0.2);
    drawRow(flow, [{ runs: [], share: 0.27 }, { runs: [...words, text(` — ${h.disagreeing}`, TYPE.muted)], share: 0.73 }], { rule: null });
  });
  if (summary.hotspotsTotal > summary.hotspots.length) flow.paragraph([text(`The first ${summary.hotspots.length} of ${summary.hotspotsTotal} disagreements.`, TYPE.muted)], { lineHeight: 12, ascent: 9 });
}

/** How the readers split on a passage: one stretch per tag (its tint, line and pattern), hatched for "untagged". */
function drawSplitBar(flow: PdfFlow, split: ClassSummary["hotspots"][number]["split"], x: number, y: number, width: number): void {
  const height = 7;
  const total = split.reduce((sum, s) => sum + s.count, 0) || 1;
  const doc = flow.doc;
  let at = x;
  for (const s of split) {
    const w = (width * s.count) / total;
    doc.save();
    if (s.tag) {
      const [r, g, b, a] = s.tag.style.tint;
      doc.rect(at, y, w, height).fillOpacity(Math.min(1, a * 2.5)).fill(hex([r, g, b]));
      doc.restore().save().moveTo(at, y + height - 1).lineTo(at + w, y + height - 1).lineWidth(2).strokeColor(s.tag.style.line).stroke();
    } else {
      doc.rect(at, y, w, height).clip();
      for (let hx = at - height; hx < at + w; hx += 3) doc.moveTo(hx, y + height).lineTo(hx + height, y);
      doc.lineWidth(0.6).strokeColor(MUTED).stroke();
    }
    doc.restore();
    at += w;
  }
  doc.save().rect(x, y, width, height).lineWidth(0.6).strokeColor(INK).stroke().restore();
}

export function drawHeatmapLegend(flow: PdfFlow, heatmap: Heatmap): void {
  flow.paragraph([text(`Shade and underline: share of the ${heatmap.readers} readers who tagged a stretch with any tag.`, TYPE.body)], { lineHeight: 14, ascent: 10.5, after: 4 });
  const runs = heatmap.steps.flatMap((s) => [text("text", TYPE.small, { heat: s.level }), text(` ${s.label}      `, TYPE.muted)]);
  flow.paragraph(runs, { lineHeight: 16, ascent: 10, painter: paintInk(flow.doc), after: 6 });
}

export function drawReaders(flow: PdfFlow, readers: readonly ReaderRow[]): void {
  drawHeading(flow, "Readers");
  drawTable(
    flow,
    [{ text: "Reader", share: 0.22 }, { text: "Status", share: 0.26 }, { text: "Highlights", share: 0.12, align: "right" }, { text: "Score", share: 0.08, align: "right" }, { text: "Teacher’s comment", share: 0.32 }],
    readers.map((r) => [[text(r.name, TYPE.smallBold)], [text(r.status)], [text(String(r.highlights))], [text(r.score ?? "—")], [text(r.overallComment ?? "")]]),
  );
}

export function drawScores(flow: PdfFlow, scores: ScoreTable): void {
  drawHeading(flow, "Against the answer key");
  flow.paragraph([text("Span precision, recall and F1 of each student’s highlights against the teacher’s key (1.00 is a perfect match).", TYPE.muted)], { lineHeight: 12, ascent: 9, after: 4 });
  const share = 0.8 / scores.columns.length;
  drawTable(
    flow,
    [{ text: "Reader", share: 0.2 }, ...scores.columns.map((c) => ({ text: c, share, align: "right" as const }))],
    scores.rows.map((r) => [[text(r.reader, TYPE.smallBold)], ...r.values.map((v) => [text(v)])]),
  );
}
