"use client";

import { useEffect, useId, useRef } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { AnnotationVerdict, ReaderAnnotation } from "./annotation-sync";
import { DeleteHighlightButton } from "./DeleteHighlightButton";
import { NeedsNoteMark } from "./NeedsNoteMark";
import { NoteEditor } from "./NoteEditor";
import { VerdictBadge } from "./VerdictBadge";
import { VerdictEditor } from "./VerdictEditor";
import { TagBadge } from "./TagBadge";
import { excerpt } from "./excerpt";
import type { ReferenceRects } from "./floating-placement";
import { useFloatingBox } from "./use-floating-box";

interface AnnotationPopoverProps {
  annotations: ReaderAnnotation[];
  tags: TagDefinition[];
  editable: boolean;
  /** The class's teacher reviewing: a verdict editor under each highlight. */
  onSaveVerdict?: (id: string, verdict: AnnotationVerdict) => Promise<string | null>;
  /** The highlighted words on screen: the popover sits beside them, never over them. */
  reference: ReferenceRects;
  onChangeTag(id: string, tag: string): void;
  onSaveNote(id: string, note: string | null): void;
  onDelete(id: string): void;
  onClose(): void;
}

/**
 * Shows the highlights at one spot (several when they overlap): tag, note, and for
 * the author the controls to change or delete them. Focus moves in; Escape leaves.
 * Beside the words on larger windows, a bottom sheet on small ones; either way it scrolls inside
 * under a header that stays in view.
 */
export function AnnotationPopover(props: AnnotationPopoverProps) {
  const { annotations, tags, editable, reference, onClose } = props;
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const { sheet } = useFloatingBox(dialogRef, reference, "popover");

  useEffect(() => {
    // Without scrolling: the popover is placed beside the words (or the page scrolled for the sheet) already.
    dialogRef.current?.focus({ preventScroll: true });
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (!dialogRef.current?.contains(event.target as Node)) onClose();
    };
    // On the document, so Escape works even when focus has fallen back to the page.
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("pointerdown", closeOnOutsideClick);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOnOutsideClick);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [onClose]);

  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      className={sheet ? "annotation-popover annotation-popover--sheet" : "annotation-popover"}
    >
      <div className="annotation-popover__header">
        <h2 id={headingId}>{annotations.length === 1 ? "Highlight" : `${annotations.length} highlights here`}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {annotations.map((annotation) => (
        <AnnotationDetails
          key={annotation.id}
          annotation={annotation}
          tags={tags}
          editable={editable}
          onChangeTag={props.onChangeTag}
          onSaveNote={props.onSaveNote}
          onDelete={props.onDelete}
          onSaveVerdict={props.onSaveVerdict}
        />
      ))}
    </div>
  );
}

function AnnotationDetails({
  annotation,
  tags,
  editable,
  onChangeTag,
  onSaveNote,
  onDelete,
  onSaveVerdict,
}: Pick<AnnotationPopoverProps, "tags" | "editable" | "onChangeTag" | "onSaveNote" | "onDelete" | "onSaveVerdict"> & { annotation: ReaderAnnotation }) {
  const tag = tags.find((t) => t.id === annotation.tag);
  return (
    <section className="annotation-details" data-annotation-id={annotation.id}>
      {annotation.author && <p className="muted">By {annotation.author.name}</p>}
      <blockquote>{excerpt(annotation.exact, 160)}</blockquote>
      {editable ? (
        <fieldset className="tag-choice">
          <legend>Tag</legend>
          {tags.map((option) => (
            <label key={option.id}>
              <input
                type="radio"
                name={`tag-${annotation.id}`}
                value={option.id}
                checked={option.id === annotation.tag}
                onChange={() => onChangeTag(annotation.id, option.id)}
              />
              <TagBadge tag={option} />
              <NeedsNoteMark tag={option} />
            </label>
          ))}
        </fieldset>
      ) : (
        <p>Tag: {tag ? <TagBadge tag={tag} /> : annotation.tag}</p>
      )}
      {editable ? (
        <NoteEditor note={annotation.note} onSave={(note) => onSaveNote(annotation.id, note)} />
      ) : (
        <p className="annotation-note">{annotation.note ? `Note: ${annotation.note}` : "No note."}</p>
      )}
      {editable && <DeleteHighlightButton feedbackGiven={annotation.feedbackGiven ?? false} onDelete={() => onDelete(annotation.id)} />}
      {onSaveVerdict ? (
        <VerdictEditor
          feedback={annotation.feedback}
          editedAfterFeedback={annotation.editedAfterFeedback ?? false}
          onSave={(verdict) => onSaveVerdict(annotation.id, verdict)}
        />
      ) : (
        annotation.feedback && (
          <p className="annotation-feedback">
            <VerdictBadge feedback={annotation.feedback} />
            {annotation.feedback.comment && <> — {annotation.feedback.comment}</>}
          </p>
        )
      )}
    </section>
  );
}
