"use client";

import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createTextPositionMap, type TextPositionMap } from "@/lib/annotations/anchoring/text-position-map";
import { trimTextRange } from "@/lib/annotations/anchoring/text-range";
import { buildArticleDocument } from "@/lib/articles/article-document";
import { articleContentExtensions } from "@/lib/articles/article-schema-extensions";
import type { ArticleViewerProps, TextSelection, ViewportPoint } from "./ArticleViewer";
import { ArticleText } from "./ArticleText";
import { HighlightDecorations, highlightsAt, setHighlights } from "./extensions/highlight-decorations";
import { stepHighlight } from "./highlight-steps";
import { focusGuardedView, ReadOnlyGuard } from "./extensions/read-only-guard";
import { ReaderKeys, type ReaderKeyHandlers } from "./extensions/reader-keys";
import { readOnlyArticleAttributes } from "./read-only-article-attributes";

function pointAt(editor: Editor, position: number): ViewportPoint {
  const coords = editor.view.coordsAtPos(position);
  return { top: coords.bottom, left: coords.left };
}

/** The rectangles of the text between two positions, read when asked (the words move as the page scrolls). */
function rectsBetween(editor: Editor, from: number, to: number): () => DOMRect[] {
  return () => {
    if (editor.isDestroyed) return [];
    const start = editor.view.domAtPos(from);
    const end = editor.view.domAtPos(to);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  };
}

function readSelection(editor: Editor, map: TextPositionMap, text: string): TextSelection | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const range = trimTextRange(text, { start: map.toOffset(from, "forward"), end: map.toOffset(to, "backward") });
  return range && { range, rects: rectsBetween(editor, from, to) };
}

/** Ids of the highlights under a click: every decorated span from the target up to the editor. */
function idsAtTarget(target: EventTarget | null): string[] {
  const ids: string[] = [];
  for (let node = target instanceof Element ? target : null; node && !node.classList.contains("ProseMirror"); node = node.parentElement) {
    const id = node.getAttribute("data-annotation-id");
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The article in a TipTap editor that cannot change it: text can be selected with
 * mouse or keyboard, highlights are drawn over it, and keys tag or open them.
 * Loaded by ArticleViewer once the page is up (TipTap and ProseMirror are most of the reader's code).
 */
export function ArticleEditor(props: ArticleViewerProps) {
  const { text, blocks, label, helpId, highlights, activeIds, handleRef } = props;
  const map = useMemo(() => createTextPositionMap(text), [text]);
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });

  const editorRef = useRef<Editor | null>(null);
  /** The highlight `[` or `]` last landed on, so highlights starting together are stepped through one by one. */
  const steppedTo = useRef<string | null>(null);
  // Made once; each handler reads the latest props when a key is pressed.
  const [keyHandlers] = useState<ReaderKeyHandlers>(() => ({
    onTagKey: (index) => propsRef.current.onTagKey(index),
    onEscape: () => propsRef.current.onEscape(),
    onActivate: (position, target) => {
      const editor = editorRef.current;
      if (!editor) return false;
      const offset = createTextPositionMap(propsRef.current.text).toOffset(position, "backward");
      const ids = target ? idsAtTarget(target) : highlightsAt(editor.state, offset).map((h) => h.id);
      if (ids.length === 0) return false;
      propsRef.current.onOpenHighlights(ids, pointAt(editor, position));
      return true;
    },
    onStep: (direction, position) => {
      const editor = editorRef.current;
      if (!editor) return false;
      const positions = createTextPositionMap(propsRef.current.text);
      const step = stepHighlight(propsRef.current.highlights, positions.toOffset(position, "backward"), direction, steppedTo.current);
      steppedTo.current = step?.highlight.id ?? steppedTo.current;
      if (step) editor.chain().setTextSelection(positions.toPosition(step.caret, "backward")).scrollIntoView().run();
      propsRef.current.onHighlightStep(step, direction);
      return true;
    },
  }));

  const editor = useEditor(
    {
      extensions: [
        ...articleContentExtensions,
        ReadOnlyGuard,
        HighlightDecorations.configure({ positionMap: map }),
        ReaderKeys.configure({ getHandlers: () => keyHandlers }),
      ],
      content: buildArticleDocument(text, blocks),
      immediatelyRender: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: readOnlyArticleAttributes(label, helpId),
      },
      onSelectionUpdate: ({ editor }) => propsRef.current.onSelectionChange(readSelection(editor, map, text)),
      onBlur: ({ event }) => propsRef.current.onBlur(event.relatedTarget instanceof Element ? event.relatedTarget : null),
    },
    [map],
  );
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  useEffect(() => {
    if (editor) editor.view.dispatch(setHighlights(editor.state.tr, highlights, activeIds));
  }, [editor, highlights, activeIds]);

  useEffect(() => {
    handleRef.current = editor && {
      // At once: TipTap's focus command waits a frame and can undo a faster keypress.
      focus: () => focusGuardedView(editor.view),
      clearSelection: () => {
        const end = editor.state.selection.to;
        editor.commands.setTextSelection(end);
      },
      revealOffset: (offset) => {
        const position = map.toPosition(offset, "forward");
        editor.view.domAtPos(position).node.parentElement?.scrollIntoView({ block: "center" });
        return pointAt(editor, position);
      },
    };
  }, [editor, map, handleRef]);

  // Until the editor mounts (and with scripts off) the text is readable as it is.
  if (!editor) return <ArticleText text={text} blocks={blocks} />;
  return <EditorContent editor={editor} />;
}
