import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { describeQuote } from "@/lib/annotations/anchoring/quote-selector";
import { compareReadings } from "@/lib/compare";
import type { ExportAnnotation, ExportModel, ExportReader } from "@/lib/export/export-model";

/**
 * An export model with everything writers get wrong: emoji (surrogate pairs), accents,
 * Cyrillic and Greek, overlapping and nested highlights, a highlight across a paragraph
 * break, and user text full of HTML, script, formula starts and quotes.
 */
export const SAMPLE_TEXT = [
  "Council Café Plan “Wins” 🎉",
  "The council voted 7–2 on Tuesday to approve a reckless giveaway, critics said. Мэр назвал решение «триумфом», and a Greek paper wrote: Η απόφαση είναι καταστροφή.",
  "According to the council, 64% of residents support the plan 😠 but the survey was rigged from the start.",
].join("\n\n");

const at = (phrase: string) => {
  const start = SAMPLE_TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the sample text`);
  return { start, end: start + phrase.length };
};

const READERS: ExportReader[] = [
  { id: "7f1c0a52-1111-4000-8000-000000000001", name: "Amara <b>Okafor</b>", role: "student", status: "returned", submittedAt: "2031-03-13T09:00:00.000Z", late: false, returnedAt: "2031-03-15T10:00:00.000Z", score: 8, overallComment: "Good eye — see =SUM(A1) & <i>notes</i>." },
  { id: "7f1c0a52-2222-4000-8000-000000000002", name: "Léo Brandt", role: "student", status: "draft", submittedAt: null, late: false, returnedAt: null, score: null, overallComment: null },
];

let serial = 0;
function annotation(readerId: string, phrase: string, tag: string, extra: Partial<ExportAnnotation> = {}): ExportAnnotation {
  const { start, end } = at(phrase);
  serial += 1;
  return {
    id: `0b8e5d3c-0000-4000-8000-${String(serial).padStart(12, "0")}`,
    readerId,
    start,
    end,
    ...describeQuote(SAMPLE_TEXT, start, end),
    tag,
    note: null,
    verdict: null,
    teacherComment: null,
    createdAt: "2031-03-12T08:00:00.000Z",
    updatedAt: "2031-03-12T08:30:00.000Z",
    ...extra,
  };
}

const [amara, leo] = READERS.map((r) => r.id) as [string, string];
export const SAMPLE_ANNOTATIONS: ExportAnnotation[] = [
  annotation(amara, "Council Café Plan “Wins” 🎉", "quote", { note: 'Scare quotes: "Wins" <script>alert(1)</script>' }),
  annotation(amara, "a reckless giveaway", "loaded_language", { note: "=HYPERLINK(\"http://evil.test\",\"click\")", verdict: "AGREE", teacherComment: "Yes — loaded. <img src=x onerror=alert(1)>" }),
  annotation(leo, "approve a reckless giveaway, critics said", "opinion", { note: "+1 from me\nsecond line" }),
  annotation(amara, "«триумфом»", "quote"),
  annotation(leo, "Η απόφαση είναι καταστροφή.", "opinion", { note: "@Greek opinion" }),
  annotation(amara, "64% of residents support the plan 😠 but", "factual_claim", { verdict: "PARTLY", teacherComment: "Only the first half is a claim." }),
  annotation(leo, "rigged from the start.", "loaded_language", { note: "-minus start" }),
  annotation(amara, "said. Мэр", "opinion"),
].sort((a, b) => a.start - b.start || a.end - b.end);

/** The sample as a class export (with the comparison), or one reader's. */
export function sampleExportModel(overrides: Partial<ExportModel> = {}): ExportModel {
  const tags = DEFAULT_TAGS.map((t) => t.id);
  return {
    generatedAt: "2031-03-16T12:00:00.000Z",
    timeZone: "UTC",
    scope: "class",
    pseudonymized: false,
    assignment: { id: "5a0c3e0e-3333-4000-8000-000000000003", title: "Spot the slant: the café & <the> council", instructions: "Find the quotes.", className: "Media Literacy 9A", dueAt: "2031-03-14T15:00:00.000Z", scoreOutOf: 10 },
    article: {
      id: "5a0c3e0e-4444-4000-8000-000000000004",
      versionId: "5a0c3e0e-5555-4000-8000-000000000005",
      version: 2,
      title: "Town council approves <riverfront> café",
      author: "Northfield Gazette staff",
      sourceUrl: "https://news.test/cafe?a=1&b=2",
      publishedAt: "2031-03-10",
      text: SAMPLE_TEXT,
      blocks: [{ type: "heading", level: 2 }, { type: "paragraph" }, { type: "paragraph" }],
    },
    tags: DEFAULT_TAGS,
    readers: READERS,
    annotations: SAMPLE_ANNOTATIONS,
    compare: compareReadings({
      text: SAMPLE_TEXT,
      tags,
      readings: READERS.map((r) => ({ reader: r.id, spans: SAMPLE_ANNOTATIONS.filter((a) => a.readerId === r.id) })),
      key: null,
      tag: null,
      consensusShare: 2 / 3,
    }),
    scores: null,
    ...overrides,
  };
}

/**
 * The sample as a pseudonymised class export (pseudonymize=1), as buildExportModel makes it:
 * readers "Reader 1", "Reader 2" in name order with ids reader-1, reader-2, and no user id or
 * name anywhere. SAMPLE_REAL_NAMES lists what must not appear in its files.
 */
export function pseudonymizedSampleExportModel(): ExportModel {
  const alias = new Map(READERS.map((reader, i) => [reader.id, { id: `reader-${i + 1}`, name: `Reader ${i + 1}` }]));
  const readers = READERS.map((reader) => ({ ...reader, ...alias.get(reader.id)! }));
  const annotations = SAMPLE_ANNOTATIONS.map((a) => ({ ...a, readerId: alias.get(a.readerId)!.id }));
  return sampleExportModel({
    pseudonymized: true,
    readers,
    annotations,
    compare: compareReadings({
      text: SAMPLE_TEXT,
      tags: DEFAULT_TAGS.map((t) => t.id),
      readings: readers.map((r) => ({ reader: r.id, spans: annotations.filter((a) => a.readerId === r.id) })),
      key: null,
      tag: null,
      consensusShare: 2 / 3,
    }),
  });
}

/** The real names and user ids of the sample's readers (and their parts), which a pseudonymised file must not hold. */
export const SAMPLE_REAL_NAMES: string[] = READERS.flatMap((reader) => [reader.id, reader.name, ...reader.name.split(/[\s<>/]+/).filter((part) => part.length > 2 && part !== "b")]);

/** A student's own export before they highlighted anything: no readers, no annotations. */
export function emptySampleExportModel(): ExportModel {
  return sampleExportModel({ scope: "mine", readers: [], annotations: [], compare: null });
}
