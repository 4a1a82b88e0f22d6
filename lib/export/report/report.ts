import type { TagDefinition } from "@/lib/annotations/tags";
import type { ArticleBlock } from "./annotated-article";
import type { TagStyle } from "./tag-styles";
import type { PiecedBlock } from "./text-pieces";

/**
 * What an HTML or PDF export shows, worked out once from the export model: the writers
 * only lay this out, so the two formats cannot say different things. Every string here is
 * plain text, some of it from users: each writer escapes it for its format.
 */
export interface Report {
  /** The assignment's title: the document's title. */
  title: string;
  articleTitle: string;
  /** Label–value lines under the title: class, source, dates, whose work. */
  facts: ReportFact[];
  instructions: string | null;
  legend: LegendEntry[];
  /** The one reader's standing and the teacher's overall feedback (a single reader's export). */
  work: ReaderRow | null;
  /** Every reader, when there is more than one (class scope). */
  readers: ReaderRow[] | null;
  summary: ClassSummary | null;
  article: ArticleBlock[];
  notes: Footnote[];
  /** The article shaded by how many readers tagged each stretch (class scope). */
  heatmap: Heatmap | null;
  scores: ScoreTable | null;
  /** Tags by id, for drawing the article's pieces and markers. */
  tags: Map<string, ReportTag>;
}

export interface ReportFact {
  label: string;
  value: string;
  /** The article's own source, the one link an export may hold (http and https only). */
  href?: string;
}

export interface ReportTag extends Pick<TagDefinition, "id" | "label" | "color"> {
  abbreviation: string;
  style: TagStyle;
}

export interface LegendEntry {
  tag: ReportTag;
  /** How many of the export's highlights carry it. */
  count: number;
}

export interface Footnote {
  number: number;
  tag: ReportTag;
  /** Whose highlight it is, when the export holds more than one reader. */
  reader: string | null;
  exact: string;
  note: string | null;
  /** "Agree", "Partly" or "Disagree": the teacher's verdict, where the viewer may see it. */
  verdict: string | null;
  teacherComment: string | null;
}

export interface ReaderRow {
  name: string;
  status: string;
  highlights: number;
  score: string | null;
  overallComment: string | null;
}

export interface ClassSummary {
  readers: number;
  explanation: string;
  agreement: { measure: string; value: string; reading: string }[];
  consensus: { tag: ReportTag; exact: string; share: string }[];
  /** The top disagreements, most divided first. */
  hotspots: { exact: string; split: { label: string; count: number; tag: ReportTag | null }[]; disagreeing: string }[];
  /** How many disagreements there are in all (only the first few are listed). */
  hotspotsTotal: number;
}

export interface Heatmap {
  readers: number;
  /** Each piece's step on the scale (1 to HEAT_LEVELS) and how many readers tagged it. */
  blocks: PiecedBlock<{ level: number; covering: number }>[];
  /** The scale: for each step, the share of readers it stands for ("up to 20%", "21–40%"…). */
  steps: { level: number; label: string }[];
}

export interface ScoreTable {
  /** Column headings after the reader's name: precision, recall, F1, then F1 per tag. */
  columns: string[];
  rows: { reader: string; values: string[] }[];
}
