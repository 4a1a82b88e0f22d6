"use client";

import type { TagDefinition } from "@/lib/annotations/tags";
import type { ReaderAnnotation } from "./annotation-sync";
import { excerpt } from "./excerpt";
import { TagBadge } from "./TagBadge";
import { EditedAfterFeedbackMark, VerdictBadge } from "./VerdictBadge";

interface AnnotationListProps {
  heading: string;
  annotations: ReaderAnnotation[];
  tags: TagDefinition[];
  emptyMessage: string;
  onOpen(annotation: ReaderAnnotation): void;
}

const SAVE_MARKS = { unsaved: "Not saved yet", refused: "Could not be saved", conflict: "Changed elsewhere" } as const;

/** Every highlight in reading order: the way to reach each one without pointing at the text. */
export function AnnotationList({ heading, annotations, tags, emptyMessage, onOpen }: AnnotationListProps) {
  return (
    <section className="annotation-list" aria-labelledby="annotation-list-heading">
      <h2 id="annotation-list-heading">
        {heading} <span className="count">({annotations.length})</span>
      </h2>
      {annotations.length === 0 ? (
        <p className="muted">{emptyMessage}</p>
      ) : (
        <ol>
          {annotations.map((annotation) => {
            const tag = tags.find((t) => t.id === annotation.tag);
            return (
              <li key={annotation.id}>
                <button type="button" className="annotation-list__item" onClick={() => onOpen(annotation)}>
                  {tag ? <TagBadge tag={tag} /> : <span>{annotation.tag}</span>}
                  <span className="annotation-list__quote">“{excerpt(annotation.exact, 90)}”</span>
                  {annotation.author && <span className="annotation-list__author">{annotation.author.name}</span>}
                  {annotation.note && <span className="annotation-list__note">{excerpt(annotation.note, 90)}</span>}
                  {annotation.feedback && <VerdictBadge feedback={annotation.feedback} />}
                  {annotation.editedAfterFeedback && <EditedAfterFeedbackMark />}
                  {annotation.save && <span className={`save-mark save-mark--${annotation.save.state}`}>{SAVE_MARKS[annotation.save.state]}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
