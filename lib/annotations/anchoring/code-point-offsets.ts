import { splitsSurrogatePair } from "./quote-selector";

/**
 * Offsets into one text counted both ways: Slant stores UTF-16 code units (what JavaScript's
 * string indices count), the W3C Web Annotation model's TextPositionSelector counts Unicode
 * code points ("🎉" is two of the first, one of the second). Built once per text, then each
 * conversion is a binary search over where the characters outside the BMP begin.
 */
export interface CodePointOffsets {
  /** The text's length in code points. */
  readonly length: number;
  /** A UTF-16 offset (0…text.length) as a code point offset; RangeError inside a surrogate pair or outside the text. */
  toCodePoints(utf16Offset: number): number;
  /** A code point offset (0…length) as a UTF-16 offset; RangeError outside the text. */
  toUtf16(codePointOffset: number): number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function codePointOffsets(text: string): CodePointOffsets {
  // The UTF-16 offset of each surrogate pair; a lone surrogate (which Slant refuses to store) counts as one code point, as in [...text].
  const pairsAt: number[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairsAt.push(i);
      i += 1;
    }
  }
  // The k-th pair begins at code point pairsAt[k] - k: every pair before it is one unit shorter.
  const pairsAtCodePoint = pairsAt.map((at, k) => at - k);
  const length = text.length - pairsAt.length;

  return {
    length,
    toCodePoints(utf16Offset) {
      if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
        throw new RangeError(`UTF-16 offset ${utf16Offset} is outside the text (0…${text.length})`);
      }
      if (splitsSurrogatePair(text, utf16Offset)) throw new RangeError(`UTF-16 offset ${utf16Offset} falls inside a character (a surrogate pair)`);
      return utf16Offset - countBelow(pairsAt, utf16Offset);
    },
    toUtf16(codePointOffset) {
      if (!Number.isInteger(codePointOffset) || codePointOffset < 0 || codePointOffset > length) {
        throw new RangeError(`Code point offset ${codePointOffset} is outside the text (0…${length})`);
      }
      return codePointOffset + countBelow(pairsAtCodePoint, codePointOffset);
    },
  };
}
