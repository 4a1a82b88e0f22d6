import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import type { FontName, Run } from "./text-layout";

/**
 * The PDF's fonts, from npm packages (SIL Open Font License): Noto Serif for Latin, Greek and
 * Cyrillic in regular, bold and italic, and Noto Emoji (monochrome outlines, so it prints in
 * black and white) for what the serif lacks. PDFKit embeds only the glyphs used.
 */
const FONT_FILES: Record<FontName, string> = {
  regular: "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf",
  bold: "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf",
  italic: "@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf",
  emoji: "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf",
};

export interface LoadedFonts {
  /** Faces for one new document (see `forDocument` in loadFonts). */
  forDocument(): Record<FontName, fontkit.Font>;
  covers(font: FontName, codePoint: number): boolean;
  /** The advance width of `text` at `size` points, shaped as PDFKit shapes it (kerning, ligatures). */
  width(font: FontName, text: string, size: number): number;
}

/** Widths by font and text, in font units: a bounded cache, since shaping is most of a PDF's cost. */
const WIDTH_CACHE_LIMIT = 50_000;

let loaded: LoadedFonts | null = null;

/**
 * The font files, read once per process: the only input of the PDF writer that is not the
 * model, and the same on every run (they come with the installed packages). Read from the
 * project's node_modules, as the app reads its other files from the project folder.
 */
export function loadFonts(): LoadedFonts {
  if (loaded) return loaded;
  const bytes = Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(path.join(process.cwd(), "node_modules", file))]),
  ) as Record<FontName, Buffer>;
  const faces = Object.fromEntries(Object.entries(bytes).map(([name, data]) => [name, fontkit.create(data)])) as Record<FontName, fontkit.Font>;
  // These faces only measure and answer coverage. Documents draw with faces of their own:
  // fontkit remembers the characters a glyph was first reached by (a ligature "fi" or the
  // character U+FB01, a space or a no-break space) and PDFKit writes those into the text
  // layer, so a face shared by all documents would make one file's copied text depend on
  // what was exported before it in the process.
  const widths = new Map<string, number>();
  const width = (font: FontName, text: string, size: number) => {
    const key = `${font}\u0000${text}`;
    let units = widths.get(key);
    if (units === undefined) {
      if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
      units = faces[font].layout(text).advanceWidth;
      widths.set(key, units);
    }
    return (units * size) / faces[font].unitsPerEm;
  };
  // Parsing a face anew for every document costs more than everything else it does (the
  // layout tables of Noto Serif are large). So each document gets a face that inherits the
  // parsed tables of one never-used face and has only its own glyph cache, the one piece of
  // fontkit's state that remembers history. This leans on fontkit 2.0.4's internals (pinned;
  // the byte-identity test across exports in write-pdf.test.ts fails if it stops holding).
  const prototypes = Object.fromEntries(Object.entries(bytes).map(([name, data]) => [name, fontkit.create(data)])) as Record<FontName, fontkit.Font>;
  const forDocument = () =>
    Object.fromEntries(Object.entries(prototypes).map(([name, face]) => [name, Object.create(face, { _glyphs: { value: {}, writable: true } }) as fontkit.Font])) as Record<FontName, fontkit.Font>;
  loaded = { forDocument, covers: (font, codePoint) => faces[font].hasGlyphForCodePoint(codePoint), width };
  return loaded;
}

/** Joiners, variation selectors, skin tones, tag characters, keycaps and combining marks stay in the font of what they follow. */
const CLINGS = /^(?:\p{M}|[\u200c\u200d\ufe00-\ufe0f\u20e3]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}])$/u;

/**
 * Runs split wherever the wanted font lacks a character that the emoji font has, so that 🎉
 * prints as an emoji and not as an empty box. What no font has keeps the wanted font.
 */
export function splitByFont<D>(runs: readonly Run<D>[], covers: LoadedFonts["covers"]): Run<D>[] {
  return runs.flatMap((run) => {
    const out: Run<D>[] = [];
    let font = run.style.font;
    let text = "";
    for (const char of run.text) {
      const codePoint = char.codePointAt(0)!;
      // Spaces go back to the text's own font: the emoji font's are far wider.
      const clings = text.length > 0 && CLINGS.test(char);
      const wanted = clings ? font : covers(run.style.font, codePoint) || !covers("emoji", codePoint) ? run.style.font : "emoji";
      if (wanted !== font && text) {
        out.push({ ...run, text, style: { ...run.style, font } });
        text = "";
      }
      font = wanted;
      text += char;
    }
    if (text || out.length === 0) out.push({ ...run, text, style: { ...run.style, font } });
    return out;
  });
}
