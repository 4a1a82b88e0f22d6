import PDFDocument from "pdfkit";
import type { ExportPaper, ExportWriterOptions } from "./export-file";
import type { ExportModel } from "./export-model";
import { drawAnnotatedArticle, drawHeatmapArticle } from "./pdf/pdf-article";
import type { PdfDocument } from "./pdf/pdf-document";
import { PdfFlow, type PageBox } from "./pdf/pdf-flow";
import { loadFonts } from "./pdf/pdf-fonts";
import { drawNotes } from "./pdf/pdf-notes";
import { drawHeader, drawHeading, drawHeatmapLegend, drawLegend, drawReaders, drawScores, drawSummary, drawWork } from "./pdf/pdf-sections";
import { TYPE } from "./pdf/pdf-styles";
import { buildReport } from "./report/build-report";
import type { Report } from "./report/report";

/** Page sizes in points (1/72 inch): ISO A4 is 210 × 297 mm, US Letter 8.5 × 11 in. */
export const PAPER_SIZES: Record<ExportPaper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

const MARGIN = { top: 54, right: 54, bottom: 62, left: 54 };

/**
 * The export as a PDF built in-process with PDFKit: real, selectable text in embedded (subset)
 * Noto fonts, each highlight's tint and patterned underline drawn behind its text on every line
 * it reaches, a boxed label (note number and tag code) where it ends, the notes linked both
 * ways, page numbers. Deterministic: the dates, and so the file's ID, come from the model, and
 * the information dictionary names no person (only the assignment and "Slant").
 */
export async function writePdf(model: ExportModel, options: ExportWriterOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = loadFonts();
  const [width, height] = PAPER_SIZES[options.paper ?? "a4"];
  const made = new Date(model.generatedAt);
  const doc: PdfDocument = new PDFDocument({
    size: [width, height],
    margin: 0,
    bufferPages: true,
    displayTitle: true,
    info: { Title: model.assignment.title, Creator: "Slant", Producer: "Slant", CreationDate: made, ModDate: made },
  });
  // PDFKit takes a parsed fontkit face as a font source as readily as the file's bytes.
  for (const [name, face] of Object.entries(fonts.forDocument())) doc.registerFont(name, face as unknown as string);
  const done = collect(doc);

  const page: PageBox = { width, height, margin: MARGIN };
  const flow = new PdfFlow(doc, fonts, page);
  drawReport(flow, buildReport(model));
  drawFooters(flow, model.assignment.title);
  doc.end();
  return done;
}

function drawReport(flow: PdfFlow, report: Report): void {
  drawHeader(flow, report);
  drawLegend(flow, report.legend);
  if (report.work) drawWork(flow, report.work);
  if (report.summary) drawSummary(flow, report.summary);
  drawHeading(flow, "The article, with highlights");
  drawAnnotatedArticle(flow, report.article, report.tags);
  drawHeading(flow, "Notes");
  drawNotes(flow, report.notes);
  if (report.heatmap) {
    flow.newPage();
    drawHeading(flow, "Class heatmap");
    drawHeatmapLegend(flow, report.heatmap);
    drawHeatmapArticle(flow, report.heatmap);
  }
  if (report.readers) drawReaders(flow, report.readers);
  if (report.scores) drawScores(flow, report.scores);
}

/** "Title · page 2 of 5" at the foot of every page, once the number of pages is known. */
function drawFooters(flow: PdfFlow, title: string): void {
  const { doc, page } = flow;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const y = page.height - page.margin.bottom + 30;
    doc.save().moveTo(flow.left, y - 12).lineTo(flow.left + flow.width, y - 12).lineWidth(0.5).strokeColor("#d5d9e0").stroke().restore();
    const label = `Page ${i + 1} of ${count}`;
    flow.useStyle(TYPE.muted);
    const labelWidth = doc.widthOfString(label);
    doc.text(fitted(flow, title, flow.width - labelWidth - 24), flow.left, y, { lineBreak: false, baseline: "alphabetic" });
    doc.text(label, flow.left + flow.width - labelWidth, y, { lineBreak: false, baseline: "alphabetic" });
  }
}

/** The text, shortened with an ellipsis to fit `width` in the current font. */
function fitted(flow: PdfFlow, text: string, width: number): string {
  if (flow.doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && flow.doc.widthOfString(`${chars.join("")}…`) > width) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

function collect(doc: PdfDocument): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => {
      const all = Buffer.concat(chunks);
      const bytes = new Uint8Array(new ArrayBuffer(all.length));
      bytes.set(all);
      resolve(bytes);
    });
    doc.on("error", reject);
  });
}
