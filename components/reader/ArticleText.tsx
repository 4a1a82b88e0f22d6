import { Fragment } from "react";
import type { BlockKind } from "@/lib/articles/block-kinds";
import { readerHeadingLevel } from "@/lib/articles/reader-heading-level";
import { paragraphKindClass, paragraphKindOf } from "@/lib/articles/paragraph-kind";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";

/** A paragraph's lines, a <br> where the canonical text has a single "\n". */
export function Lines({ text }: { text: string }) {
  return text.split("\n").map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}

/**
 * The article as plain paragraphs, rendered on the server before the editor takes over:
 * the same elements and classes the editor draws (headings, list items, quotes), so the
 * page does not shift when it mounts. `blocks` that do not match the paragraphs are ignored.
 */
export function ArticleText({ text, blocks }: { text: string; blocks?: BlockKind[] | null }) {
  const ranges = splitIntoBlocks(text);
  const kinds = blocks && blocks.length === ranges.length ? blocks : null;
  return (
    <div className="article-text">
      {ranges.map(({ start, end }, index) => {
        const kind = kinds?.[index];
        const content = <Lines text={text.slice(start, end)} />;
        if (kind?.type === "heading") {
          const Heading = `h${readerHeadingLevel(kind.level)}` as "h2";
          return <Heading key={start}>{content}</Heading>;
        }
        const paragraphKind = paragraphKindOf(kind);
        return (
          <p key={start} className={paragraphKind ? paragraphKindClass(paragraphKind) : undefined}>
            {content}
          </p>
        );
      })}
    </div>
  );
}
