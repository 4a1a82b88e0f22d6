import { Extension } from "@tiptap/core";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { TextPositionMap } from "@/lib/annotations/anchoring/text-position-map";

/** One shaded stretch: its text range and how strongly it is shaded (1 to HEAT_LEVELS). */
export interface HeatStretch {
  start: number;
  end: number;
  level: number;
  /** Read out and shown on hover: who tagged it how, in words. */
  label: string;
}

// The scale lives with the comparison so that the exports shade their heatmaps the same way.
export { HEAT_LEVELS, heatLevel } from "@/lib/compare/heat-level";

interface HeatmapState {
  stretches: HeatStretch[];
  focused: number | null;
  decorations: DecorationSet;
}

export const heatmapPluginKey = new PluginKey<HeatmapState>("heatmap");

function buildDecorations(state: EditorState, map: TextPositionMap, stretches: HeatStretch[], focused: number | null) {
  return DecorationSet.create(
    state.doc,
    stretches.map((s, index) =>
      Decoration.inline(map.toPosition(s.start, "forward"), map.toPosition(s.end, "backward"), {
        nodeName: "span",
        class: `heat heat-${s.level}${index === focused ? " is-focused" : ""}`,
        "data-stretch": String(index),
      }),
    ),
  );
}

/** Replaces the stretches drawn, and which one is focused, in one transaction. */
export function setHeatmap(tr: Transaction, stretches: HeatStretch[], focused: number | null): Transaction {
  return tr.setMeta(heatmapPluginKey, { stretches, focused });
}

/**
 * The class heatmap as its own decoration layer: the article stays the article, and the
 * shading sits where the reader's highlights would, built from the compare segments.
 */
export const HeatmapDecorations = Extension.create<{ positionMap: TextPositionMap | null }>({
  name: "heatmapDecorations",
  addOptions: () => ({ positionMap: null }),
  addProseMirrorPlugins() {
    const map = this.options.positionMap;
    if (!map) throw new Error("HeatmapDecorations needs the article's positionMap");
    return [
      new Plugin<HeatmapState>({
        key: heatmapPluginKey,
        state: {
          init: () => ({ stretches: [], focused: null, decorations: DecorationSet.empty }),
          apply(tr, value, _old, newState) {
            const next = tr.getMeta(heatmapPluginKey) as Omit<HeatmapState, "decorations"> | undefined;
            if (!next) return value;
            return { ...next, decorations: buildDecorations(newState, map, next.stretches, next.focused) };
          },
        },
        props: { decorations: (state) => heatmapPluginKey.getState(state)?.decorations },
      }),
    ];
  },
});
