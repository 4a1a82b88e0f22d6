import type { BlockKind } from "./block-kinds";

/**
 * An article turned into what Slant stores: its canonical text and, for HTML and .docx,
 * the kind of each paragraph.
 *
 * For HTML and .docx, `text` is the paragraphs joined by exactly "\n\n"; no paragraph is
 * empty or starts or ends with white space, none holds a blank line, and a single "\n"
 * stands only where the source had a line break. `blocks[i]` is the kind of
 * `splitIntoBlocks(text)[i]`. A plain-text import keeps the pasted text as
 * canonicalizePlainText leaves it (see the design's anchoring model) and has no blocks.
 * The author and day, when found, pass the rules typed ones do (ArticleAuthor, PublicationDay).
 */
export interface ImportedArticle {
  title: string | null;
  /** The author and publication day ("2026-11-03") the file names, for a web page; null when it names none. */
  author: string | null;
  publishedOn: string | null;
  text: string;
  blocks: BlockKind[] | null;
  format: "TEXT" | "HTML" | "DOCX";
}
