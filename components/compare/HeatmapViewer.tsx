"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createTextPositionMap } from "@/lib/annotations/anchoring/text-position-map";
import { buildArticleDocument } from "@/lib/articles/article-document";
import { articleContentExtensions } from "@/lib/articles/article-schema-extensions";
import type { BlockKind } from "@/lib/articles/block-kinds";
import { ArticleText } from "@/components/reader/ArticleText";
import { HeatmapDecorations, setHeatmap, type HeatStretch } from "@/components/reader/extensions/heatmap-decorations";
import { HeatmapKeys, stretchAt } from "@/components/reader/extensions/heatmap-keys";
import { focusGuardedView, ReadOnlyGuard } from "@/components/reader/extensions/read-only-guard";
import { readOnlyArticleAttributes } from "@/components/reader/read-only-article-attributes";

export interface HeatmapViewerHandle {
  /** Moves the caret to a stretch, scrolls it into view and focuses the article. */
  showStretch(index: number): void;
}

interface HeatmapViewerProps {
  text: string;
  blocks: BlockKind[] | null;
  label: string;
  helpId: string;
  stretches: HeatStretch[];
  focused: number | null;
  /** The stretch under the caret or the pointer, or null over untagged text. */
  onFocusStretch(index: number | null): void;
  handleRef: React.RefObject<HeatmapViewerHandle | null>;
}

/**
 * The article under the class heatmap, read only: arrow keys move a caret as in the reader,
 * ] and [ jump to the next and previous tagged stretch, and whatever stretch is under the
 * caret or the pointer is described beside the text.
 */
export function HeatmapViewer({ text, blocks, label, helpId, stretches, focused, onFocusStretch, handleRef }: HeatmapViewerProps) {
  const map = useMemo(() => createTextPositionMap(text), [text]);
  const live = useRef({ stretches, onFocusStretch });
  useLayoutEffect(() => {
    live.current = { stretches, onFocusStretch };
  });
  // Made once; reads the latest stretches when a key is pressed.
  const [getStretches] = useState(() => () => live.current.stretches);
  // Where the pointer last was: when the page scrolls under a still pointer (] and [, "Show in the
  // text"), the browser reports it as moving onto new text, which must not take the panel from the caret.
  const pointer = useRef<{ x: number; y: number } | null>(null);

  const editor = useEditor(
    {
      extensions: [
        ...articleContentExtensions,
        ReadOnlyGuard,
        HeatmapDecorations.configure({ positionMap: map }),
        HeatmapKeys.configure({ positionMap: map, getStretches }),
      ],
      content: buildArticleDocument(text, blocks),
      immediatelyRender: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: readOnlyArticleAttributes(label, helpId, "article-text heatmap-text"),
        handleDOMEvents: {
          mousemove: (_view, event) => {
            const last = pointer.current;
            pointer.current = { x: event.clientX, y: event.clientY };
            if (last && last.x === event.clientX && last.y === event.clientY) return false;
            const stretch = event.target instanceof Element ? event.target.closest("[data-stretch]") : null;
            if (stretch) live.current.onFocusStretch(Number(stretch.getAttribute("data-stretch")));
            return false;
          },
        },
      },
      onSelectionUpdate: ({ editor }) => {
        live.current.onFocusStretch(stretchAt(live.current.stretches, map.toOffset(editor.state.selection.from, "forward")));
      },
    },
    [map],
  );

  useEffect(() => {
    if (editor) editor.view.dispatch(setHeatmap(editor.state.tr, stretches, focused));
  }, [editor, stretches, focused]);

  useEffect(() => {
    handleRef.current = editor && {
      showStretch: (index) => {
        const stretch = live.current.stretches[index];
        if (!stretch) return;
        const position = map.toPosition(stretch.start, "forward");
        editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, position)));
        // Said outright: a caret already there (the panel emptied by a new tag filter) makes no selection update.
        live.current.onFocusStretch(index);
        // The stretch's own shading, not the node at the position: that can be the whole article,
        // whose middle is far from a passage near its top or bottom.
        editor.view.dom.querySelector(`[data-stretch="${index}"]`)?.scrollIntoView({ block: "center" });
        focusGuardedView(editor.view);
      },
    };
  });

  if (!editor) return <ArticleText text={text} blocks={blocks} />;
  return <EditorContent editor={editor} />;
}
