"use client";

import { ActionMessage, type ActionMessageState } from "@/components/ui/ActionMessage";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { TagDefinition } from "@/lib/annotations/tags";
import { DeleteHighlightButton } from "./DeleteHighlightButton";
import type { useOrphanPlacement } from "./use-orphan-placement";
import { excerpt } from "./excerpt";
import { TagBadge } from "./TagBadge";

interface OrphanedAnnotationsProps {
  annotations: AnnotationDto[];
  tags: TagDefinition[];
  /** null: the reader's own; a name: the teacher looking at that student's. */
  ownerName: string | null;
  /** The owner's actions, while their work is a draft: absent when they cannot change it. */
  actions?: {
    placingId: string | null;
    /** Why placing must wait (unsaved changes), or null. */
    waitReason: string | null;
    onPlaceAgain(id: string): void;
    onCancel(): void;
    onDelete(id: string): void;
  };
  message?: ActionMessageState;
}

/**
 * Highlights that could not be placed when the assignment moved to a new version of its
 * article: shown beside the reader to their owner and the teacher, with their old words, tag
 * and note. They count nowhere until placed again ("Place again", then a selection) or deleted.
 */
export function OrphanedAnnotations({ annotations, tags, ownerName, actions, message = null }: OrphanedAnnotationsProps) {
  // The last one placed or deleted: what happened is still said, the list goes.
  if (annotations.length === 0) return message ? <ActionMessage message={message} /> : null;
  return (
    <section className="orphaned-annotations" aria-labelledby="orphaned-heading">
      <h2 id="orphaned-heading">
        Could not be placed in the new text <span className="count">({annotations.length})</span>
      </h2>
      <ActionMessage message={message} />
      <p className="muted">
        {ownerName === null
          ? `The article was edited after you made ${annotations.length === 1 ? "this highlight" : "these highlights"}, and ${annotations.length === 1 ? "its words are" : "their words are"} no longer in it. ${annotations.length === 1 ? "It counts" : "They count"} nowhere until you place ${annotations.length === 1 ? "it" : "them"} again.`
          : `The article was edited after ${ownerName} made these, and their words are no longer in it. They count nowhere until ${ownerName} places them again.`}
      </p>
      <ul>
        {annotations.map((annotation) => {
          const tag = tags.find((t) => t.id === annotation.tag);
          const placing = actions?.placingId === annotation.id;
          return (
            <li key={annotation.id}>
              {tag ? <TagBadge tag={tag} /> : <span>{annotation.tag}</span>} <q className="annotation-list__quote">{excerpt(annotation.exact, 120)}</q>
              {annotation.note && <span className="annotation-list__note"> Note: {excerpt(annotation.note, 120)}</span>}
              {actions && (
                <div className="dialog-buttons">
                  {placing ? (
                    <>
                      <span role="status">Select the words for it in the article, then choose “Place here”.</span>
                      <button type="button" onClick={actions.onCancel}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <button type="button" disabled={actions.waitReason !== null} title={actions.waitReason ?? undefined} onClick={() => actions.onPlaceAgain(annotation.id)}>
                      Place again
                    </button>
                  )}
                  <DeleteHighlightButton feedbackGiven={annotation.feedbackGiven === true || Boolean(annotation.feedback)} onDelete={() => actions.onDelete(annotation.id)} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {actions?.waitReason && <p className="muted">{actions.waitReason}</p>}
    </section>
  );
}

interface OwnOrphanedAnnotationsProps {
  placement: ReturnType<typeof useOrphanPlacement>;
  tags: TagDefinition[];
  /** The work can still change (a draft, the class not archived): placing and deleting are offered. */
  canChange: boolean;
  /** Changes are waiting to be saved: placing waits for them. */
  unsaved: boolean;
}

/** The reader's own orphaned highlights, with their owner's actions while the work can change. */
export function OwnOrphanedAnnotations({ placement, tags, canChange, unsaved }: OwnOrphanedAnnotationsProps) {
  return <OrphanedAnnotations annotations={placement.orphans} tags={tags} ownerName={null} message={placement.message} actions={canChange ? placement.actionsFor(unsaved) : undefined} />;
}
