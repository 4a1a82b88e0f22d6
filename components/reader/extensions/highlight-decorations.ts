import { Extension } from "@tiptap/core";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { TextPositionMap } from "@/lib/annotations/anchoring/text-position-map";

export interface Highlight {
  id: string;
  start: number;
  end: number;
  tag: string;
  color: string;
  label: string;
  hasNote: boolean;
}

/** What a screen reader says as it reaches a highlight: its tag, and whether a note is written on it. */
export function spokenHighlightLabel(h: Pick<Highlight, "label" | "hasNote">): string {
  return `${h.label} highlight${h.hasNote ? ", has a note" : ""}: `;
}

interface HighlightState {
  highlights: Highlight[];
  activeIds: ReadonlySet<string>;
  decorations: DecorationSet;
}

export const highlightPluginKey = new PluginKey<HighlightState>("highlights");

function buildDecorations(state: EditorState, map: TextPositionMap, highlights: Highlight[], activeIds: ReadonlySet<string>) {
  const decorations = highlights.map((h) =>
    Decoration.inline(
      map.toPosition(h.start, "forward"),
      map.toPosition(h.end, "backward"),
      {
        // Its own element per highlight: without nodeName ProseMirror merges overlapping
        // decorations into one span, losing all but one id and underline.
        nodeName: "span",
        class: `highlight tag-look tag-color-${h.color}${activeIds.has(h.id) ? " is-active" : ""}`,
        "data-annotation-id": h.id,
        "data-tag": h.tag,
        title: h.label,
        // Spoken before the passage as CSS alternative text (components/reader/highlights.css, .highlight::before):
        // not DOM text, so it is never copied and moves no offset.
        "data-spoken-label": spokenHighlightLabel(h),
        // Shown above the highlight while it is open (components/reader/highlights.css, .highlight.is-active::after).
        "data-tag-label": h.label,
      },
      { id: h.id },
    ),
  );
  return DecorationSet.create(state.doc, decorations);
}

/** Replaces the highlights drawn (and which are marked active) in one transaction. */
export function setHighlights(tr: Transaction, highlights: Highlight[], activeIds: ReadonlySet<string>): Transaction {
  return tr.setMeta(highlightPluginKey, { highlights, activeIds });
}

/** The highlights covering a text offset, innermost (shortest) first. */
export function highlightsAt(state: EditorState, offset: number): Highlight[] {
  const highlights = highlightPluginKey.getState(state)?.highlights ?? [];
  return highlights
    .filter((h) => h.start <= offset && offset <= h.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/**
 * Draws annotations as inline decorations, never as marks: the stored document stays
 * the article alone, and overlapping highlights simply nest.
 */
export const HighlightDecorations = Extension.create<{ positionMap: TextPositionMap | null }>({
  name: "highlightDecorations",
  addOptions: () => ({ positionMap: null }),
  addProseMirrorPlugins() {
    const map = this.options.positionMap;
    if (!map) throw new Error("HighlightDecorations needs the article's positionMap");
    return [
      new Plugin<HighlightState>({
        key: highlightPluginKey,
        state: {
          init: () => ({ highlights: [], activeIds: new Set(), decorations: DecorationSet.empty }),
          apply(tr, value, _old, newState) {
            const next = tr.getMeta(highlightPluginKey) as Omit<HighlightState, "decorations"> | undefined;
            if (!next) return value;
            return { ...next, decorations: buildDecorations(newState, map, next.highlights, next.activeIds) };
          },
        },
        props: {
          decorations: (state) => highlightPluginKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
