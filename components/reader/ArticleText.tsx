import { Fragment } from "react";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";

/** The article as plain paragraphs, rendered on the server before the editor takes over. */
export function ArticleText({ text }: { text: string }) {
  return (
    <div className="article-text">
      {splitIntoBlocks(text).map(({ start, end }) => (
        <p key={start}>
          {text
            .slice(start, end)
            .split("\n")
            .map((line, index) => (
              <Fragment key={index}>
                {index > 0 && <br />}
                {line}
              </Fragment>
            ))}
        </p>
      ))}
    </div>
  );
}
