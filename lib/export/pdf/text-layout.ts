import LineBreaker from "linebreak";

export type FontName = "regular" | "bold" | "italic" | "emoji";

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
}

/** A stretch of text in one style; `data` is the caller's (which highlight piece it is, say). */
export interface Run<D> {
  text: string;
  style: TextStyle;
  data?: D;
  /**
   * An unbreakable box (a highlight's label), kept on the line of the text just before it and
   * `padding` wider on each side than its text.
   */
  box?: Box;
}

/** How a boxed run sits: `padding` each side of its text, its baseline `rise` above the line's. */
export interface Box {
  padding: number;
  rise: number;
}

export interface Fragment<D> {
  text: string;
  style: TextStyle;
  data?: D;
  box?: Box;
  x: number;
  width: number;
}

export interface Line<D> {
  fragments: Fragment<D>[];
  width: number;
}

export type Measure = (text: string, style: TextStyle) => number;

interface Element<D> {
  run: Run<D>;
  text: string;
}

/**
 * Lines of at most `maxWidth` from styled runs: break opportunities from the Unicode line
 * breaking algorithm (UAX #14, the `linebreak` package), filled greedily, a line feed forcing a
 * break, a word longer than a line cut between characters. Each fragment knows its run's data,
 * so whatever is drawn behind a highlight follows it onto the next line. Pure: widths come
 * from `measure`.
 */
export function layoutLines<D>(runs: readonly Run<D>[], maxWidth: number, measure: Measure): Line<D>[] {
  const words = splitWords(runs);
  const width = (e: Element<D>) => measure(e.text, e.run.style) + 2 * (e.run.box?.padding ?? 0);
  const lines: Line<D>[] = [];
  let current: Element<D>[] = [];
  let used = 0;
  const flush = () => {
    lines.push(place(current, width));
    current = [];
    used = 0;
  };
  for (const word of words) {
    const full = word.elements.reduce((sum, e) => sum + width(e), 0);
    const trimmed = full - trailingSpaceWidth(word.elements, measure);
    if (current.length > 0 && used + trimmed > maxWidth) flush();
    if (current.length === 0 && trimmed > maxWidth) {
      for (const chunk of cutWord(word.elements, maxWidth, width)) {
        if (current.length > 0) flush();
        current.push(...chunk);
        used = chunk.reduce((sum, e) => sum + width(e), 0);
      }
    } else {
      current.push(...word.elements);
      used += full;
    }
    if (word.required) flush();
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines;
}

interface Word<D> {
  elements: Element<D>[];
  required: boolean;
}

function splitWords<D>(runs: readonly Run<D>[]): Word<D>[] {
  let plain = "";
  const placed = runs.map((run) => {
    const start = plain.length;
    if (!run.box) plain += run.text;
    return { run, start, end: plain.length };
  });
  const breaks: { end: number; required: boolean }[] = [];
  const breaker = new LineBreaker(plain);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) breaks.push({ end: next.position, required: next.required });
  if (breaks.length === 0) breaks.push({ end: 0, required: false });

  const words: Word<D>[] = breaks.map((b) => ({ elements: [], required: b.required }));
  let w = 0;
  for (const { run, start, end } of placed) {
    if (run.box) {
      // A box belongs to the word its anchor ends (or, at offset 0, the first word).
      while (w < breaks.length - 1 && breaks[w]!.end < start) w++;
      words[w]!.elements.push({ run, text: run.text });
      continue;
    }
    let from = start;
    while (from < end) {
      while (w < breaks.length - 1 && breaks[w]!.end <= from) w++;
      const to = Math.min(end, breaks[w]!.end);
      if (to <= from) break;
      words[w]!.elements.push({ run, text: plain.slice(from, to) });
      from = to;
    }
  }
  for (const word of words) {
    const last = word.elements.at(-1);
    if (word.required && last && !last.run.box) last.text = last.text.replace(/[\r\n\u0085\u2028\u2029\v\f]+$/, "");
  }
  return words.filter((word) => word.elements.length > 0 || word.required);
}

function trailingSpaceWidth<D>(elements: readonly Element<D>[], measure: Measure): number {
  const last = elements.at(-1);
  if (!last || last.run.box) return 0;
  const trimmed = last.text.trimEnd();
  return trimmed.length === last.text.length ? 0 : measure(last.text, last.run.style) - measure(trimmed, last.run.style);
}

/** A word wider than a line, in chunks that fit, cut between grapheme clusters (never inside a box). */
function cutWord<D>(elements: readonly Element<D>[], maxWidth: number, width: (e: Element<D>) => number): Element<D>[][] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const units = elements.flatMap((e) => (e.run.box ? [e] : [...segmenter.segment(e.text)].map((g) => ({ run: e.run, text: g.segment }))));
  const chunks: Element<D>[][] = [[]];
  let used = 0;
  for (const unit of units) {
    const w = width(unit);
    if (used + w > maxWidth && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      used = 0;
    }
    chunks.at(-1)!.push(unit);
    used += w;
  }
  return chunks.map(merge);
}

/** Neighbouring elements of one run become one fragment (fewer, longer text drawing operations). */
function merge<D>(elements: readonly Element<D>[]): Element<D>[] {
  const merged: Element<D>[] = [];
  for (const e of elements) {
    const last = merged.at(-1);
    if (last && last.run === e.run && !e.run.box) last.text += e.text;
    else merged.push({ ...e });
  }
  return merged;
}

function place<D>(elements: readonly Element<D>[], width: (e: Element<D>) => number): Line<D> {
  const merged = merge(elements);
  const last = merged.at(-1);
  // The space a line ends with is not drawn, so no highlight reaches past the last word.
  if (last && !last.run.box) last.text = last.text.trimEnd();
  let x = 0;
  const fragments = merged
    .filter((e) => e.text.length > 0)
    .map((e) => {
      const w = width(e);
      const fragment: Fragment<D> = { text: e.text, style: e.run.style, data: e.run.data, box: e.run.box, x, width: w };
      x += w;
      return fragment;
    });
  return { fragments, width: x };
}
