export interface TextRange {
  start: number;
  end: number;
}

/**
 * The text's sentences as UTF-16 ranges, trimmed of surrounding white space, by the
 * platform's Unicode sentence rules (Intl.Segmenter), so that "Mr." or a quotation mark
 * does not need rules of our own. Paragraph breaks always end a sentence.
 */
export function splitSentences(text: string, locale = "en"): TextRange[] {
  // Splitting a long article is the slowest step of a comparison, and one article is compared
  // again and again (every tag filter, every reload): keep the last answer.
  if (last?.text === text && last.locale === locale) return last.ranges;
  const ranges = segmentSentences(text, locale);
  last = { text, locale, ranges };
  return ranges;
}

let last: { text: string; locale: string; ranges: TextRange[] } | null = null;

function segmentSentences(text: string, locale: string): TextRange[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
  const ranges: TextRange[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed.length > 0) ranges.push({ start: index + lead, end: index + lead + trimmed.length });
  }
  return ranges;
}
