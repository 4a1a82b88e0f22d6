import { codePointOffsets, type CodePointOffsets } from "@/lib/annotations/anchoring/code-point-offsets";
import { reanchorQuote } from "@/lib/annotations/anchoring/reanchor-quote";
import { checkTextRange, type TextRange } from "@/lib/annotations/anchoring/text-range";
import { NOTE_MAX_LENGTH } from "@/lib/annotations/note-limits";
import type { TagDefinition } from "@/lib/annotations/tags";
import { isBlankText, plainTextProblem } from "@/lib/text/plain-text-problem";
import type { ImportProblemDto } from "./import-schemas";
import { uuidOfIri } from "./jsonld-iris";
import type { ImportedAnnotation, ImportedBody } from "./w3c-import-document";

/** How an imported annotation was placed: where the file said, by its quote and context, or fuzzily. */
export type ImportPlacement = "position" | "quote" | "fuzzy";

/** One annotation of the file, placed on the article and ready to store. */
export interface PlannedAnnotation extends TextRange {
  by: ImportPlacement;
  sourceId: string;
  /** The UUID of a urn:uuid: id, kept if no highlight uses it yet. */
  wantedId: string | null;
  tag: string;
  note: string | null;
}

export interface ImportPlan {
  planned: PlannedAnnotation[];
  /** Everything that cannot be imported: when any, nothing is. */
  problems: ImportProblemDto[];
}

const listOf = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A body's purposes; one without says what the annotation's motivation says (W3C model 3.3.5): a tag if tagging, else a comment. */
function purposesOf(body: ImportedBody, motivations: string[]): string[] {
  const given = listOf(body.purpose);
  if (given.length > 0) return given;
  return motivations.includes("tagging") ? ["tagging"] : ["commenting"];
}

/** The assignment's tag a tagging body names: by id, or by label whatever its case ("Loaded language"). */
function findTag(tags: TagDefinition[], value: string): TagDefinition | undefined {
  const wanted = value.trim();
  return tags.find((tag) => tag.id === wanted) ?? tags.find((tag) => tag.label.toLocaleLowerCase() === wanted.toLocaleLowerCase());
}

function tagOf(tags: TagDefinition[], bodies: ImportedBody[], motivations: string[]): { tag?: string; problem?: string } {
  const values = bodies.filter((body) => purposesOf(body, motivations).includes("tagging")).map((body) => body.value);
  if (values.length === 0) return { problem: "it has no tag (a TextualBody with purpose tagging)" };
  const unknown = values.filter((value) => !findTag(tags, value));
  if (unknown.length > 0) return { problem: `unknown tag ${unknown.map((value) => `"${value}"`).join(", ")}; this assignment's tags are: ${tags.map((tag) => tag.id).join(", ")}` };
  const found = [...new Set(values.map((value) => findTag(tags, value)!.id))];
  return found.length === 1 ? { tag: found[0] } : { problem: `it has more than one tag (${found.join(", ")}); a highlight has one` };
}

/** The note: the commenting bodies' text (several joined by a blank line), held to the rules of a note typed in Slant, and kept as typed. */
function noteOf(bodies: ImportedBody[], motivations: string[]): { note: string | null; problem?: string } {
  const texts = bodies.filter((body) => purposesOf(body, motivations).includes("commenting")).map((body) => body.value.replace(/\r\n?/g, "\n"));
  const note = texts.filter((text) => !isBlankText(text)).join("\n\n");
  if (note === "") return { note: null };
  const problem = plainTextProblem(note, NOTE_MAX_LENGTH);
  return problem ? { note: null, problem: `its note ${problem}` } : { note };
}

function selectorsOf(annotation: ImportedAnnotation) {
  const target = Array.isArray(annotation.target) ? annotation.target[0]! : annotation.target;
  return listOf(target.selector);
}

/** The quote: the schema lets no target through without exactly one TextQuoteSelector. */
function quoteOf(annotation: ImportedAnnotation): { exact: string; prefix?: string; suffix?: string } {
  const quote = selectorsOf(annotation).find((selector) => selector.type === "TextQuoteSelector");
  if (!quote) throw new Error("An imported annotation without a TextQuoteSelector passed the schema");
  return quote;
}

/** The TextPositionSelector as UTF-16 offsets, or undefined when there is none or it is no place in this text. */
function positionOf(annotation: ImportedAnnotation, offsets: CodePointOffsets): TextRange | undefined {
  const position = selectorsOf(annotation).find((selector) => selector.type === "TextPositionSelector");
  if (!position) return undefined;
  try {
    return { start: offsets.toUtf16(position.start), end: offsets.toUtf16(position.end) };
  } catch {
    return undefined; // past the end of this text: the quote decides
  }
}

/** The matcher's placement in the import's words ("position" for a quote found where the file said), or null. */
function placeOnArticle(text: string, quote: { exact: string; prefix?: string; suffix?: string }, position: TextRange | undefined): (TextRange & { by: ImportPlacement }) | null {
  const anchored = reanchorQuote(text, { ...quote, position });
  if (anchored.placedBy === "orphaned") return null;
  return { start: anchored.start, end: anchored.end, by: anchored.placedBy === "exact" ? "position" : anchored.placedBy };
}

const shorten = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/**
 * Places every annotation of a file on the article's canonical text with the re-anchoring
 * matcher (reanchorQuote): at its position (code points in the file) when the quote is there,
 * else at the best occurrence of the quote by its prefix and suffix, else at a close enough
 * approximate match; its tag from the tagging body, its note from the commenting bodies. Pure:
 * what cannot be placed or has no tag of the assignment is listed with its id and text.
 */
export function planImport(text: string, tags: TagDefinition[], annotations: ImportedAnnotation[]): ImportPlan {
  const offsets = codePointOffsets(text);
  const planned: PlannedAnnotation[] = [];
  const problems: ImportProblemDto[] = [];
  for (const annotation of annotations) {
    const quote = quoteOf(annotation);
    const motivations = listOf(annotation.motivation);
    const bodies = listOf(annotation.body);
    const found: string[] = [];
    const placement = placeOnArticle(text, quote, positionOf(annotation, offsets));
    if (!placement) found.push("its quote is not in the article");
    else {
      const rangeProblem = checkTextRange(text, placement);
      if (rangeProblem) found.push(`its quote cannot be highlighted: ${rangeProblem}`);
    }
    const { tag, problem: tagProblem } = tagOf(tags, bodies, motivations);
    if (tagProblem) found.push(tagProblem);
    const { note, problem: noteProblem } = noteOf(bodies, motivations);
    if (noteProblem) found.push(noteProblem);
    if (found.length > 0 || !placement || !tag) {
      problems.push({ id: annotation.id, text: shorten(quote.exact), problem: found.join("; ") });
      continue;
    }
    planned.push({ ...placement, sourceId: annotation.id, wantedId: uuidOfIri(annotation.id), tag, note });
  }
  return { planned, problems };
}
