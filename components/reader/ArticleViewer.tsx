"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { TextRange } from "@/lib/annotations/anchoring/text-range";
import type { BlockKind } from "@/lib/articles/block-kinds";
import { ArticleText } from "./ArticleText";
import type { Highlight } from "./extensions/highlight-decorations";
import type { HighlightStep } from "./highlight-steps";

export interface ViewportPoint {
  top: number;
  left: number;
}

export interface TextSelection {
  range: TextRange;
  /** The selected words' rectangles on screen (viewport coordinates, read afresh each call), to place the toolbar beside them. */
  rects(): DOMRect[];
}

export interface ArticleViewerHandle {
  focus(): void;
  clearSelection(): void;
  /** Viewport point of a text offset, scrolling it into view first. */
  revealOffset(offset: number): ViewportPoint | null;
}

export interface ArticleViewerProps {
  text: string;
  /** The kind of each paragraph (heading, list item, quote) for HTML and .docx imports. */
  blocks?: BlockKind[] | null;
  label: string;
  helpId: string;
  highlights: Highlight[];
  activeIds: ReadonlySet<string>;
  onSelectionChange(selection: TextSelection | null): void;
  onTagKey(index: number): boolean;
  onOpenHighlights(ids: string[], point: ViewportPoint): void;
  onEscape(): boolean;
  /** `[` or `]` moved the caret to a highlight (null: there is none further that way). */
  onHighlightStep(step: HighlightStep<Highlight> | null, direction: 1 | -1): void;
  /** Called on blur; the reader uses it to hide the toolbar unless focus moved into it. */
  onBlur(next: Element | null): void;
  handleRef: React.RefObject<ArticleViewerHandle | null>;
}

type ArticleEditorComponent = ComponentType<ArticleViewerProps>;

let loadedEditor: ArticleEditorComponent | null = null;
let editorLoading: Promise<ArticleEditorComponent> | null = null;

/**
 * TipTap and ProseMirror are most of the reader's code: they come in their own chunk, fetched
 * once per page while it hydrates rather than before it. A failed fetch (offline, with nothing
 * kept) is tried again by the next reader that mounts.
 */
function loadArticleEditor(): Promise<ArticleEditorComponent> {
  editorLoading ??= import("./ArticleEditor").then(
    (module) => (loadedEditor = module.ArticleEditor),
    (error: unknown) => {
      editorLoading = null;
      throw error;
    },
  );
  return editorLoading;
}

/**
 * The article as the reader works on it: the server's plain text first, then the TipTap
 * editor (ArticleEditor) over the same paragraphs once its code is here, so nothing shifts.
 */
export function ArticleViewer(props: ArticleViewerProps) {
  // Asked for at the first render in the browser, so the fetch runs alongside hydration.
  if (typeof window !== "undefined") loadArticleEditor().catch(() => undefined);
  const [Editor, setEditor] = useState<ArticleEditorComponent | null>(() => loadedEditor);
  useEffect(() => {
    if (Editor) return;
    let mounted = true;
    loadArticleEditor().then(
      (editor) => mounted && setEditor(() => editor),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [Editor]);

  // Until the editor is here (and with scripts off) the text is readable as it is.
  if (!Editor) return <ArticleText text={props.text} blocks={props.blocks} />;
  return <Editor {...props} />;
}
