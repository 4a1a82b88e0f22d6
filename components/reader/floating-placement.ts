import { autoUpdate, computePosition, flip, offset, shift, size, type Placement, type VirtualElement } from "@floating-ui/dom";

/** The rectangles (viewport coordinates) of the words a toolbar or popover is about: a selection, or a highlight's spans. */
export type ReferenceRects = () => DOMRect[];

/** Space kept between a floating box and the viewport's edges. */
const EDGE = 8;
/** Space kept between the words and the sheet's top: their underline and outline are drawn below their box. */
const SHEET_GAP = 24;

/** One box around every rectangle, or an empty box at the origin when there are none. */
export function unionOf(rects: DOMRect[]): DOMRect {
  if (rects.length === 0) return new DOMRect();
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * Floating UI's stand-in for an element: the words' own rectangles, read afresh at every update
 * (scrolling, resizing), so the box follows them. `contextElement` tells it which scroll containers to watch.
 */
function virtualReference(rects: ReferenceRects, contextElement: Element): VirtualElement {
  return {
    getBoundingClientRect: () => unionOf(rects()),
    getClientRects: () => rects(),
    contextElement,
  };
}

export interface FloatingOptions {
  /** Where to try first; Floating UI flips to the fallbacks when that side has too little room. */
  placement: Placement;
  fallbackPlacements: Placement[];
  /** Gap between the words and the box (larger on touch screens, to clear the selection handles). */
  gap: number;
}

/**
 * Keeps `floating` beside the words and fully inside the viewport until the returned function is called:
 * flipped to the side with the most room, shifted along it, and capped in width and height (the box
 * scrolls inside) so it never spills over an edge. It never slides across the words themselves: the
 * shift runs only along the side it sits on.
 */
export function keepBesideWords(rects: ReferenceRects, floating: HTMLElement, options: FloatingOptions): () => void {
  const reference = virtualReference(rects, floating.parentElement ?? document.body);
  const update = () => {
    void computePosition(reference, floating, {
      strategy: "absolute",
      placement: options.placement,
      middleware: [
        offset(options.gap),
        flip({ fallbackPlacements: options.fallbackPlacements, fallbackStrategy: "bestFit", padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableWidth, availableHeight, elements }) {
            // As custom properties, so the stylesheet's own caps (28rem) still apply under them.
            elements.floating.style.setProperty("--available-width", `${Math.max(0, availableWidth)}px`);
            elements.floating.style.setProperty("--available-height", `${Math.max(0, availableHeight)}px`);
          },
        }),
      ],
    }).then(({ x, y, placement }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
      floating.dataset.placement = placement;
    });
  };
  return autoUpdate(reference, floating, update);
}

/**
 * For a box docked to the bottom of the window (the popover as a bottom sheet): scrolls the page so
 * the words sit above it, and leaves room at the page's end to do so. Returns the undo.
 */
export function keepWordsAboveSheet(rects: ReferenceRects, sheet: HTMLElement): () => void {
  const root = document.documentElement;
  root.style.setProperty("--bottom-sheet-room", `${sheet.offsetHeight}px`);
  const words = unionOf(rects());
  const sheetTop = window.innerHeight - sheet.offsetHeight;
  const overlap = words.bottom + SHEET_GAP - sheetTop;
  // The tag legend stays stuck at the top of the window (reader.css .reader-bar): the words' first line must stay below it.
  const coveredTop = (document.querySelector<HTMLElement>(".reader-bar")?.offsetHeight ?? 0) + EDGE;
  // Down far enough to lift the words above the sheet, but never so far that their first line goes under the legend.
  if (overlap > 0) window.scrollBy({ top: Math.min(overlap, Math.max(0, words.top - coveredTop)), behavior: "instant" });
  return () => root.style.removeProperty("--bottom-sheet-room");
}
