"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { UndoToast } from "@/components/ui/UndoToast";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { TextRange } from "@/lib/annotations/anchoring/text-range";
import { AnnotationList } from "./AnnotationList";
import { AnnotationPopover } from "./AnnotationPopover";
import type { BlockKind } from "@/lib/articles/block-kinds";
import type { AnnotationVerdict, ReaderAnnotation } from "./annotation-sync";
import { ArticleViewer, type ArticleViewerHandle, type TextSelection, type ViewportPoint } from "./ArticleViewer";
import { excerpt } from "./excerpt";
import type { Highlight } from "./extensions/highlight-decorations";
import { highlightStepText } from "./highlight-step-text";
import { KeyboardShortcuts } from "./KeyboardShortcuts";
import { PlaceToolbar } from "./PlaceToolbar";
import { TagLegend } from "./TagLegend";
import { TagToolbar } from "./TagToolbar";

/** An orphaned highlight waiting for the reader to select the words to place it on. */
export interface PlacingRequest {
  quote: string;
  place(range: TextRange): void;
  cancel(): void;
}

export interface AnnotationEditing {
  create(range: TextRange, tag: string): string;
  changeTag(id: string, tag: string): void;
  saveNote(id: string, note: string | null): void;
  remove(id: string): void;
  /** Undoes a delete: the highlight as it was just before, under its id. */
  restore(annotation: ReaderAnnotation): void;
}

interface ReaderLayoutProps {
  articleTitle: string;
  text: string;
  blocks?: BlockKind[] | null;
  tags: TagDefinition[];
  annotations: ReaderAnnotation[];
  /** Present when the viewer may make and change highlights. */
  editing?: AnnotationEditing;
  /** The class's teacher reviewing a student's work: verdicts can be given. */
  onSaveVerdict?: (id: string, verdict: AnnotationVerdict) => Promise<string | null>;
  listHeading: string;
  emptyMessage: string;
  status?: ReactNode;
  /** While set, a selection is offered for placing an orphaned highlight instead of tagging. */
  placing?: PlacingRequest;
  /** Shown in the sidebar under the list of highlights (the orphaned ones). */
  aside?: ReactNode;
  /** A highlight to open from outside the reader (the submit check's list); `onOpened` clears it. */
  openRequest?: string | null;
  onOpened?: () => void;
}

interface OpenHighlights {
  ids: string[];
  /** Where they were opened (viewport coordinates): the popover's anchor if their spans cannot be found. */
  point: ViewportPoint;
  /** What had focus when they were opened from outside the text (the list's item): focus goes back there when they close. */
  returnTo: HTMLElement | null;
}

/** The element with focus, unless the focus is nowhere (on the page's body). */
function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** The rectangles of the open highlights' spans in the article, or a point where they were opened. */
function highlightRects(surface: HTMLElement | null, open: OpenHighlights): DOMRect[] {
  const spans = open.ids.flatMap((id) => [...(surface?.querySelectorAll(`.ProseMirror [data-annotation-id="${CSS.escape(id)}"]`) ?? [])]);
  const rects = spans.flatMap((span) => [...span.getClientRects()]);
  return rects.length > 0 ? rects : [new DOMRect(open.point.left, open.point.top - 1, 1, 1)];
}

/** The reader page's working area: the article, its highlights, the toolbar, the popover and the list. */
export function ReaderLayout(props: ReaderLayoutProps) {
  const { articleTitle, text, blocks, tags, annotations, editing, onSaveVerdict, listHeading, emptyMessage, status, placing, aside, openRequest, onOpened } = props;
  const surfaceRef = useRef<HTMLDivElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<ArticleViewerHandle | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [open, setOpen] = useState<OpenHighlights | null>(null);
  const [announcement, setAnnouncement] = useState("");
  /** The highlight just deleted, while its undo is offered. */
  const [deleted, setDeleted] = useState<ReaderAnnotation | null>(null);

  const tagById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const highlights = useMemo<Highlight[]>(
    () =>
      annotations.map((a) => {
        const tag = tagById.get(a.tag);
        return { id: a.id, start: a.start, end: a.end, tag: a.tag, color: tag?.color ?? "gray", label: tag?.label ?? a.tag, hasNote: Boolean(a.note?.trim()) };
      }),
    [annotations, tagById],
  );
  const openAnnotations = open ? annotations.filter((a) => open.ids.includes(a.id)) : [];
  const activeIds = useMemo(() => new Set(open?.ids ?? []), [open]);

  const openRects = useCallback(() => (open ? highlightRects(surfaceRef.current, open) : []), [open]);

  const tagSelection = (tagId: string) => {
    if (!editing || !selection) return;
    const tag = tagById.get(tagId);
    editing.create(selection.range, tagId);
    setAnnouncement(`Tagged “${excerpt(text.slice(selection.range.start, selection.range.end), 60)}” as ${tag?.label ?? tagId}.`);
    viewerRef.current?.clearSelection();
    setSelection(null);
    viewerRef.current?.focus();
  };

  const returnTo = open?.returnTo ?? null;
  /** Back where the highlight was opened from: the list's item, or the text. */
  const closePopover = useCallback(() => {
    setOpen(null);
    if (returnTo?.isConnected) returnTo.focus();
    else viewerRef.current?.focus();
  }, [returnTo]);

  /** Scrolls to a highlight and opens it: its popover takes focus, and gives it back to what had it when it closes. */
  const openAnnotation = useCallback((annotation: ReaderAnnotation) => {
    const point = viewerRef.current?.revealOffset(annotation.start);
    if (point) setOpen({ ids: [annotation.id], point, returnTo: focusedElement() });
    // Not placed in the text (yet): focus still lands in the article, never on the page's body.
    else viewerRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!openRequest) return;
    const annotation = annotations.find((a) => a.id === openRequest);
    if (annotation) openAnnotation(annotation);
    onOpened?.();
  }, [openRequest, annotations, openAnnotation, onOpened]);

  const deleteHighlight = (id: string) => {
    const annotation = annotations.find((a) => a.id === id);
    editing?.remove(id);
    setAnnouncement("Highlight deleted.");
    // Focus goes to the toast's Undo (it takes it as it appears), not back to the article.
    if (openAnnotations.length <= 1) setOpen(null);
    if (annotation) setDeleted(annotation);
  };

  const undoDelete = () => {
    if (!deleted || !editing) return;
    editing.restore(deleted);
    setDeleted(null);
    setAnnouncement("Highlight restored.");
    // Back where the student was: the highlight, open, before they deleted it.
    openAnnotation(deleted);
  };

  const dismissUndo = useCallback((reason: "expired" | "closed") => {
    setDeleted(null);
    if (reason === "closed") viewerRef.current?.focus();
  }, []);

  return (
    <div className="reader-layout">
      <div className="reader-column">
        <div className="reader-bar">
          <TagLegend tags={tags} showKeys={Boolean(editing)} />
          {/* Before "How to tag", which stays one Shift+Tab from the article. */}
          <KeyboardShortcuts tags={tags} canTag={Boolean(editing)} />
          {/* A tab of its own, so a note being written here is not lost on the way. */}
          <Link href="/help/tagging" className="reader-help-link" target="_blank">
            How to tag <span className="reader-help-link__hint">(opens in a new tab)</span>
          </Link>
          {status}
        </div>
        <p id="reader-help" className="visually-hidden">
          {editing
            ? `Move with the arrow keys and select text with Shift and the arrow keys, then press ${tags
                .slice(0, 9)
                .map((tag, i) => `${i + 1} for ${tag.label}`)
                .join(", ")}. Press ] or [ to go to the next or previous highlight, and Enter on a highlight to open it. Press ? for every shortcut.`
            : "Press ] or [ to go to the next or previous highlight, and Enter on a highlight to read its tag and note. Press ? for every shortcut."}
        </p>
        <div className="reader-surface" ref={surfaceRef}>
          <ArticleViewer
            text={text}
            blocks={blocks}
            label={`Article: ${articleTitle}`}
            helpId="reader-help"
            highlights={highlights}
            activeIds={activeIds}
            handleRef={viewerRef}
            onSelectionChange={(next) => {
              setSelection(next);
              if (next) setOpen(null);
            }}
            onTagKey={(index) => {
              const tag = tags[index];
              if (!editing || !tag || !selection || placing) return false;
              tagSelection(tag.id);
              return true;
            }}
            onOpenHighlights={(ids, point) => setOpen({ ids, point, returnTo: null })}
            onHighlightStep={(step, direction) => setAnnouncement(highlightStepText(step, direction, text))}
            onEscape={() => {
              if (!open && !selection) return false;
              setOpen(null);
              viewerRef.current?.clearSelection();
              return true;
            }}
            onBlur={(next) => {
              if (!next || !toolbarRef.current?.contains(next)) setSelection(null);
            }}
          />
          {placing && selection && (
            <div ref={toolbarRef}>
              <PlaceToolbar
                quote={placing.quote}
                reference={selection.rects}
                onPlace={() => {
                  placing.place(selection.range);
                  viewerRef.current?.clearSelection();
                  setSelection(null);
                  // The toolbar, and the button pressed, go: back to the text, where the highlight now is.
                  viewerRef.current?.focus();
                }}
                onCancel={() => {
                  placing.cancel();
                  setSelection(null);
                  viewerRef.current?.focus();
                }}
              />
            </div>
          )}
          {editing && !placing && selection && (
            <div ref={toolbarRef}>
              <TagToolbar
                tags={tags}
                reference={selection.rects}
                onTag={tagSelection}
                onDismiss={() => {
                  setSelection(null);
                  viewerRef.current?.focus();
                }}
              />
            </div>
          )}
          {open && openAnnotations.length > 0 && (
            <AnnotationPopover
              annotations={openAnnotations}
              tags={tags}
              editable={Boolean(editing)}
              onSaveVerdict={onSaveVerdict}
              reference={openRects}
              onChangeTag={(id, tag) => {
                editing?.changeTag(id, tag);
                setAnnouncement(`Tag changed to ${tagById.get(tag)?.label ?? tag}.`);
              }}
              onSaveNote={(id, note) => {
                editing?.saveNote(id, note);
                setAnnouncement(note ? "Note saved." : "Note removed.");
              }}
              onDelete={deleteHighlight}
              onClose={closePopover}
            />
          )}
        </div>
      </div>
      <aside className="reader-sidebar" aria-label="Highlights">
        <AnnotationList
          heading={listHeading}
          annotations={annotations}
          tags={tags}
          emptyMessage={emptyMessage}
          onOpen={openAnnotation}
        />
        {aside}
      </aside>
      {deleted && <UndoToast key={deleted.id} message="Highlight deleted." onUndo={undoDelete} onDismiss={dismissUndo} />}
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
