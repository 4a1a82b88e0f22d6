import type { TagDefinition } from "@/lib/annotations/tags";
import type { BlockKind } from "@/lib/articles/block-kinds";
import type { Comparison, SpanScores } from "@/lib/compare";

/** Whose work an export holds. */
export type ExportScope = "mine" | "student" | "class" | "key";

export type ExportVerdict = "AGREE" | "PARTLY" | "DISAGREE";

/** One person whose highlights are in the export (a student, or the teacher for the key). */
export interface ExportReader {
  /** A stable id within the export: the user id, or "reader-1"… when pseudonymised. */
  id: string;
  /** The name to print: real, the classmate pseudonym the teacher chose, or "Reader 1"… */
  name: string;
  role: "student" | "key";
  status: "not started" | "draft" | "submitted" | "returned";
  submittedAt: string | null;
  late: boolean;
  returnedAt: string | null;
  /** The teacher's score and overall comment, where the viewer may see them. */
  score: number | null;
  overallComment: string | null;
}

export interface ExportAnnotation {
  id: string;
  readerId: string;
  /** UTF-16 offsets into `article.text`, end exclusive, as everywhere in Slant. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  tag: string;
  note: string | null;
  /** The teacher's verdict and comment on this highlight, where the viewer may see them. */
  verdict: ExportVerdict | null;
  teacherComment: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReaderKeyScores {
  overall: SpanScores;
  byTag: Record<string, SpanScores>;
}

/**
 * Everything any export writer needs, already filtered to what the viewer may see and
 * already pseudonymised if asked: writers only lay it out, so no writer can leak more.
 */
export interface ExportModel {
  /** When the export was made (injected, so the same model always gives the same file). */
  generatedAt: string;
  /**
   * The zone the exporting viewer reads times in ("America/New_York"): every time a person reads in
   * the file is on that clock with the zone named. Machine-read instants (JSON-LD, file metadata) stay UTC.
   */
  timeZone: string;
  scope: ExportScope;
  pseudonymized: boolean;
  /** scoreOutOf: what scores are out of ("8 / 10"), null when the teacher set no scale. */
  assignment: { id: string; title: string; instructions: string | null; className: string; dueAt: string | null; scoreOutOf: number | null };
  article: {
    id: string;
    versionId: string;
    version: number;
    title: string;
    author: string | null;
    sourceUrl: string | null;
    publishedAt: string | null;
    /** The canonical text every offset counts into. */
    text: string;
    blocks: BlockKind[] | null;
  };
  /** The assignment's tags in order, with colour (and so pattern: see tag-palette.ts). */
  tags: TagDefinition[];
  /** In name order, or in pseudonym order when names are hidden (so the order gives no one away). */
  readers: ExportReader[];
  /** Every exported highlight, in reading order (start, then end). */
  annotations: ExportAnnotation[];
  /** The class comparison (class scope), over the same readers as `annotations`. */
  compare: Comparison | null;
  /** Each student against the answer key (the teacher's exports, when the assignment has a key). */
  scores: Record<string, ReaderKeyScores> | null;
}
