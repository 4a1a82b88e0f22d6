import type { PdfFlow } from "./pdf-flow";
import { paintInk, type Ink } from "./pdf-ink";
import { INK, RULE, TYPE } from "./pdf-styles";
import type { Line, Run } from "./text-layout";

export interface Cell {
  runs: Run<Ink>[];
  /** Share of the row's width (the shares of a row add up to 1). */
  share: number;
  align?: "left" | "right";
}

const PAD = 4;

/**
 * One row of cells side by side, each wrapped in its own width, kept on one page, with a
 * rule under it: tables, and the two-column legend.
 */
export function drawRow(flow: PdfFlow, cells: readonly Cell[], options: { lineHeight?: number; rule?: string | null; ruleWidth?: number; x?: number; width?: number } = {}): void {
  const lineHeight = options.lineHeight ?? 12.5;
  const x0 = options.x ?? flow.left;
  const total = options.width ?? flow.width;
  const laidOut = cells.map((cell) => {
    const width = total * cell.share - 2 * PAD;
    const lines = flow.layout(cell.runs, width);
    return { cell, width, lines: cell.align === "right" ? lines.map((l) => alignRight(l, width)) : lines };
  });
  const height = Math.max(...laidOut.map((c) => c.lines.length)) * lineHeight + 2 * PAD - 2;
  flow.ensure(height);
  const top = flow.y;
  let x = x0;
  for (const { cell, lines } of laidOut) {
    flow.y = top + PAD - 1;
    flow.drawLines(lines, { x: x + PAD, lineHeight, ascent: lineHeight * 0.74, painter: paintInk(flow.doc) });
    x += total * cell.share;
  }
  flow.y = top + height;
  if (options.rule !== null) {
    flow.doc.save().moveTo(x0, flow.y).lineTo(x0 + total, flow.y).lineWidth(options.ruleWidth ?? 0.5).strokeColor(options.rule ?? RULE).stroke().restore();
  }
}

function alignRight(line: Line<Ink>, width: number): Line<Ink> {
  const shift = Math.max(0, width - line.width);
  return { ...line, fragments: line.fragments.map((f) => ({ ...f, x: f.x + shift })) };
}

/** A table: a header row in bold over a heavier rule, then one row per entry. */
export function drawTable(flow: PdfFlow, header: readonly { text: string; share: number; align?: "left" | "right" }[], rows: readonly Run<Ink>[][][]): void {
  flow.ensure(12.5 * 3 + 16);
  drawRow(
    flow,
    header.map((h) => ({ runs: [{ text: h.text, style: TYPE.smallBold }], share: h.share, align: h.align })),
    { rule: INK, ruleWidth: 1 },
  );
  for (const row of rows) drawRow(flow, row.map((runs, i) => ({ runs, share: header[i]!.share, align: header[i]!.align })));
}
