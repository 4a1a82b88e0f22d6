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

/** Five steps of one hue, light to dark, each with a thicker underline (see globals.css). */
export const HEAT_LEVELS = 5;

/** The step for a share of readers (0–1): 1 for a few readers, HEAT_LEVELS for (nearly) all. */
export function heatLevel(share: number): number {
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil(share * HEAT_LEVELS)));
}

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
