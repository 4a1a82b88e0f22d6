import type { PdfDocument } from "./pdf-document";
import type { LoadedFonts } from "./pdf-fonts";
import { splitByFont } from "./pdf-fonts";
import { layoutLines, type Line, type Run, type TextStyle } from "./text-layout";

export interface PageBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Draws what sits behind and around one laid-out line (tints, underlines, labels, links) before its text. */
export type LinePainter<D> = (line: Line<D>, at: { x: number; top: number; baseline: number; height: number }) => void;

export interface LinesOptions<D> {
  x?: number;
  lineHeight: number;
  /** From the line's top to its baseline. */
  ascent: number;
  painter?: LinePainter<D>;
}

/**
 * The page cursor of one PDF: lays text out with our own line breaker (so every fragment's
 * place is known and highlights can be drawn behind it on every line they reach), moves down
 * the page and starts a new page when the next line would not fit.
 */
export class PdfFlow {
  y: number;
  pages = 1;

  constructor(
    readonly doc: PdfDocument,
    readonly fonts: LoadedFonts,
    readonly page: PageBox,
  ) {
    this.y = page.margin.top;
  }

  get left(): number {
    return this.page.margin.left;
  }

  get width(): number {
    return this.page.width - this.page.margin.left - this.page.margin.right;
  }

  get bottom(): number {
    return this.page.height - this.page.margin.bottom;
  }

  readonly measure = (text: string, style: TextStyle): number => this.fonts.width(style.font, text, style.size);

  useStyle(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
  }

  layout<D>(runs: readonly Run<D>[], width = this.width): Line<D>[] {
    return layoutLines(splitByFont(runs, this.fonts.covers), width, this.measure);
  }

  newPage(): void {
    this.doc.addPage();
    this.pages += 1;
    this.y = this.page.margin.top;
  }

  /** Starts a new page unless `height` more fits on this one (and something is on it already). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.page.margin.top) this.newPage();
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, this.bottom);
  }

  /** Draws lines one under the other from the cursor, breaking pages between lines. */
  drawLines<D>(lines: readonly Line<D>[], options: LinesOptions<D>): void {
    const x = options.x ?? this.left;
    for (const line of lines) {
      this.ensure(options.lineHeight);
      const at = { x, top: this.y, baseline: this.y + options.ascent, height: options.lineHeight };
      options.painter?.(line, at);
      for (const fragment of line.fragments) {
        this.useStyle(fragment.style);
        const padding = fragment.box?.padding ?? 0;
        this.doc.text(fragment.text, x + fragment.x + padding, at.baseline - (fragment.box?.rise ?? 0), { lineBreak: false, baseline: "alphabetic" });
      }
      this.y += options.lineHeight;
    }
  }

  /** Lays out and draws a paragraph; `keepTogether` moves it whole to the next page when it would be split. */
  paragraph<D>(runs: readonly Run<D>[], options: LinesOptions<D> & { width?: number; keepTogether?: boolean; after?: number }): Line<D>[] {
    const lines = this.layout(runs, options.width ?? this.width - ((options.x ?? this.left) - this.left));
    if (options.keepTogether) this.ensure(lines.length * options.lineHeight);
    this.drawLines(lines, options);
    this.space(options.after ?? 0);
    return lines;
  }
}
