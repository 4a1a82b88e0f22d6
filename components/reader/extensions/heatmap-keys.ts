import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import type { TextPositionMap } from "@/lib/annotations/anchoring/text-position-map";

export interface StretchRange {
  start: number;
  end: number;
}

/** The stretch containing a text offset (stretches are sorted and never overlap). */
export function stretchAt(stretches: readonly StretchRange[], offset: number): number | null {
  const index = stretches.findIndex((s) => s.start <= offset && offset < s.end);
  return index === -1 ? null : index;
}

/** The first stretch that starts after the caret. */
export function nextStretch(stretches: readonly StretchRange[], here: number): number | null {
  const index = stretches.findIndex((s) => s.start > here);
  return index === -1 ? null : index;
}

/** The last stretch that starts before the caret's own stretch (or before the caret, over untagged text). */
export function previousStretch(stretches: readonly StretchRange[], here: number): number | null {
  const current = stretchAt(stretches, here);
  const before = current === null ? here : stretches[current]!.start;
  for (let i = stretches.length - 1; i >= 0; i--) if (stretches[i]!.start < before) return i;
  return null;
}

/**
 * ] and [ move the caret to the next and previous shaded stretch of the heatmap, so a
 * keyboard user walks the class's highlights without stepping through every letter.
 * Stretches come through a getter so React can change them without rebuilding the editor.
 */
export const HeatmapKeys = Extension.create<{ positionMap: TextPositionMap | null; getStretches: (() => readonly StretchRange[]) | null }>({
  name: "heatmapKeys",
  addOptions: () => ({ positionMap: null, getStretches: null }),
  addProseMirrorPlugins() {
    const { positionMap: map, getStretches } = this.options;
    if (!map || !getStretches) throw new Error("HeatmapKeys needs positionMap and getStretches");
    return [
      new Plugin({
        key: new PluginKey("heatmapKeys"),
        props: {
          handleKeyDown(view, event) {
            if (event.key !== "]" && event.key !== "[") return false;
            const stretches = getStretches();
            const here = map.toOffset(view.state.selection.from, "forward");
            const index = event.key === "]" ? nextStretch(stretches, here) : previousStretch(stretches, here);
            if (index !== null) {
              view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, map.toPosition(stretches[index]!.start, "forward"))));
              // The browser's scrolling, not ProseMirror's: it keeps the stretch clear of what CSS pins over
              // the text (the "who tagged it how" panel on a narrow screen) through the stretch's scroll-margin.
              view.dom.querySelector(`[data-stretch="${index}"]`)?.scrollIntoView({ block: "nearest" });
            }
            return true;
          },
        },
      }),
    ];
  },
});
