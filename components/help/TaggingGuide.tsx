import { TagBadge } from "@/components/reader/TagBadge";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { TAGGING_GUIDE } from "@/lib/help/tagging-guide";

/** The four default tags, each with an example from the sample article drawn as the reader draws it. */
export function TaggingGuide() {
  const tagById = new Map(DEFAULT_TAGS.map((tag) => [tag.id, tag]));
  return (
    <>
      <p>
        Select a passage of the article and choose a tag for it (or press its number key). Each tag has its own colour and
        underline; your teacher may add tags of their own.
      </p>
      {TAGGING_GUIDE.map((entry) => {
        const tag = tagById.get(entry.tagId)!;
        return (
          <section key={entry.tagId} aria-labelledby={`guide-${entry.tagId}`}>
            <h2 id={`guide-${entry.tagId}`}>
              <TagBadge tag={tag} />
            </h2>
            <p>{entry.meaning}</p>
            <figure>
              <blockquote className="tagging-guide__example">
                <span className={`tag-look tag-color-${tag.color}`}>{entry.example}</span>
              </blockquote>
              <figcaption>{entry.why}</figcaption>
            </figure>
            <p>
              <strong>Not to be confused with:</strong> {entry.notToConfuse}
            </p>
          </section>
        );
      })}
    </>
  );
}
