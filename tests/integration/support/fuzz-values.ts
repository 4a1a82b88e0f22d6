import fc from "fast-check";

/** Characters that have broken text handling somewhere: NUL and other controls, halves of emoji, direction and zero-width marks, markup. */
const NASTY_PIECES = [
  "\u0000", "\u0001", "\u0008", "\u001F", "\u007F", "\u0085", "\u009F", "\r", "\n", "\t", "\u2028", "\u2029",
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "😀", "👨‍👩‍👧", "\uFFFD", "\uFFFF", "\uFEFF",
  "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\u202E", "\u202D", "\u2066", "\u200F", "\u061C",
  "<b>", "</p>", "<script>alert(1)</script>", "<!--", "&#0;", "&#xD800;", "&amp;", "%", "%00", "%E0%A4%A", "\\", '"', "'",
  "é", "e\u0301", "Å", "ß", "İ", "ﬀ", "𝔘", "中文", "עברית", "العربية", " ", "\u00A0", "\u3000",
];

/** One piece of a nasty string: a listed troublemaker, any code point, or a lone half of a surrogate pair. */
const nastyPiece = fc.oneof(
  fc.constantFrom(...NASTY_PIECES),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 4 }),
);

/** Short enough for a URL path or a query (a 16 KB request line is refused by Node itself, before the app). */
export const shortNastyString = fc.string({ unit: nastyPiece, maxLength: 24 });

export const nastyString = fc.oneof(shortNastyString, fc.constantFrom("", " ", "\u200B\u200B\u200B", "x".repeat(5000), "é".repeat(400)));

/** Numbers JSON.stringify can write; raw literals it cannot (1e400 parses to Infinity) go in as markers, see toJsonText. */
const RAW_NUMBERS = ["1e400", "-1e400", "1e-400", "123456789012345678901234567890", "-0", "9007199254740993", "0.1e1"];
const rawNumberMarker = (index: number) => `__raw_number_${index}__`;

export const nastyNumber = fc.oneof(
  fc.constantFrom(0, -1, 0.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, 10_000_001),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: RAW_NUMBERS.length - 1 }).map(rawNumberMarker),
);

/** Due dates in the right format whose values PostgreSQL, Prisma or Date choke on: year 0, past 9999 once the offset is applied. */
const extremeDateTime = fc.constantFrom(
  "0000-01-01T00:00:00Z", "0000-12-31T23:59:59+14:00", "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59.999-00:01",
  "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59.999Z", "2026-12-01T17:00:00.1234567891234Z",
);
/** Calendar days in the right format with the same trouble. */
const extremeDay = fc.constantFrom("0000-01-01", "0000-02-29", "0000-12-31", "9999-12-31", "0001-01-01", "2024-02-29");

/** Date-looking strings that are not dates at all, or not in the format asked for. */
const malformedDate = fc.constantFrom(
  "+275760-09-13T00:00:00Z", "-000001-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-01T24:00:00Z",
  "2026-12-01T23:59:60Z", "2026-12-01T17:00:00+99:00", "2026-02-29", "20261201", "2026-12-01T17:00", "",
);

const pad = (value: number, width: number) => String(Math.abs(value)).padStart(width, "0");
const anyYearDate = fc
  .record({ year: fc.integer({ min: 0, max: 99_999 }), month: fc.integer({ min: 0, max: 13 }), day: fc.integer({ min: 0, max: 32 }), offset: fc.integer({ min: -14, max: 14 }) })
  .chain(({ year, month, day, offset }) => {
    const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    return fc.constantFrom(date, `${date}T23:59:59${offset < 0 ? "-" : "+"}${pad(offset, 2)}:00`, `${date}T00:00:00Z`);
  });

/** A wrong date for a field that holds `current`: mostly extreme values in its own format, sometimes any date-like string. */
export function nastyDate(current?: unknown): fc.Arbitrary<string> {
  const extreme = typeof current === "string" && !current.includes("T") ? extremeDay : extremeDateTime;
  return fc.oneof({ weight: 6, arbitrary: extreme }, { weight: 1, arbitrary: malformedDate }, { weight: 1, arbitrary: anyYearDate });
}

/** Any JSON value, its strings full of trouble. */
export const anyJson = fc.jsonValue({ maxDepth: 3, stringUnit: nastyPiece });

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  nastyDate(),
  fc.constantFrom(null, true, false, [], {}, [null], { "": null }),
  anyJson,
);

const DATE_FIELD = /At$|date/i;
const looksLikeDate = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value);

/** `value` with a troublesome piece put in at some place: a valid address with a NUL in it gets past a pattern. */
const withPieceInside = (value: string) =>
  fc.tuple(fc.nat({ max: value.length }), nastyPiece).map(([at, piece]) => `${value.slice(0, at)}${piece}${value.slice(at)}`);

/**
 * A wrong value for the field `key`. What finds bugs is a value the schema lets through
 * and the database does not take, so dates mostly get dates PostgreSQL cannot store and
 * strings mostly stay what they were with something nasty put inside.
 */
function wrongValueFor(key: string, current: unknown): fc.Arbitrary<unknown> {
  if (DATE_FIELD.test(key) || looksLikeDate(current)) return fc.oneof({ weight: 8, arbitrary: nastyDate(current) }, { weight: 1, arbitrary: nastyValue });
  if (typeof current === "string") {
    return fc.oneof({ weight: 3, arbitrary: withPieceInside(current) }, { weight: 2, arbitrary: nastyString }, { weight: 1, arbitrary: nastyValue });
  }
  return nastyValue;
}

/** Dates and addresses are where the database disagrees with the schema most: they are picked more often. */
const keyWeight = (key: string) => (DATE_FIELD.test(key) || /url/i.test(key) ? 4 : 1);

/** `sample` with one field, somewhere inside it, replaced by a nasty value (or an unknown field added). */
export function withOneFieldWrong(sample: unknown, extraKeys: string[] = []): fc.Arbitrary<unknown> {
  if (Array.isArray(sample)) {
    if (sample.length === 0) return nastyValue.map((value) => [value]);
    return withOneFieldWrong(sample[0]).map((first) => [first, ...sample.slice(1)]);
  }
  if (sample === null || typeof sample !== "object") return nastyValue;
  const object = sample as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(object), ...extraKeys])];
  const added = fc.record({ key: nastyString, value: nastyValue }).map(({ key, value }) => ({ ...object, [key]: value }));
  if (keys.length === 0) return added;
  const replaced = fc.oneof(...keys.map((key) => ({ weight: keyWeight(key), arbitrary: fc.constant(key) }))).chain((key) => {
    const inner = object[key];
    const value = inner !== null && typeof inner === "object" ? fc.oneof(nastyValue, withOneFieldWrong(inner)) : wrongValueFor(key, inner);
    return value.map((wrong) => ({ ...object, [key]: wrong }));
  });
  return fc.oneof({ weight: 6, arbitrary: replaced }, { weight: 1, arbitrary: added });
}

/** `sample` with every string in it replaced by a nasty one: names, titles, notes all at once. */
export function withEveryStringNasty(sample: unknown): fc.Arbitrary<unknown> {
  if (looksLikeDate(sample)) return nastyDate(sample);
  if (typeof sample === "string") return nastyString;
  if (Array.isArray(sample)) return fc.tuple(...sample.map(withEveryStringNasty));
  if (sample === null || typeof sample !== "object") return fc.constant(sample);
  const entries = Object.entries(sample as Record<string, unknown>);
  return fc.tuple(...entries.map(([, value]) => withEveryStringNasty(value))).map((values) => Object.fromEntries(entries.map(([key], i) => [key, values[i]])));
}

/** JSON text for `value`, with raw-number markers turned into literals JSON.stringify could never write. */
export function toJsonText(value: unknown): string {
  return RAW_NUMBERS.reduce((text, literal, index) => text.replaceAll(`"${rawNumberMarker(index)}"`, literal), JSON.stringify(value) ?? "null");
}

/** A path segment for `value`, every byte percent-encoded (a lone surrogate becomes U+FFFD, as a browser sends it). */
export function pathSegment(value: string): string {
  return Array.from(new TextEncoder().encode(value), (byte) => `%${byte.toString(16).padStart(2, "0").toUpperCase()}`).join("");
}
