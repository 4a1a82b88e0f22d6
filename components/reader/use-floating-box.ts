"use client";

import { useLayoutEffect, useRef, type RefObject } from "react";
import { keepBesideWords, keepWordsAboveSheet, type ReferenceRects } from "./floating-placement";
import { useMediaQuery } from "./use-media-query";

/** Narrow or short windows (phones, 200% zoom on a laptop): the popover docks to the bottom as a sheet. */
export const BOTTOM_SHEET_QUERY = "(max-width: 599px), (max-height: 499px)";
/** A finger rather than a mouse: selection handles hang under the words, so the toolbar keeps clear of them. */
const COARSE_POINTER_QUERY = "(pointer: coarse)";

export type FloatingBoxKind = "toolbar" | "popover";

/**
 * Places a toolbar or popover for the words `rects` returns. The toolbar goes under them (the
 * platform's own copy menu opens above a touch selection, and a thumb reaches lower more easily),
 * flipping above when there is no room; the popover goes under or over, whichever has more room,
 * or becomes a bottom sheet on small windows. Returns whether it is a sheet now.
 */
export function useFloatingBox(boxRef: RefObject<HTMLElement | null>, rects: ReferenceRects, kind: FloatingBoxKind): { sheet: boolean } {
  const sheet = useMediaQuery(BOTTOM_SHEET_QUERY) && kind === "popover";
  const coarse = useMediaQuery(COARSE_POINTER_QUERY);
  // The latest words, read by Floating UI at each update without restarting it on every render.
  const rectsRef = useRef(rects);
  useLayoutEffect(() => {
    rectsRef.current = rects;
  });

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const words = () => rectsRef.current();
    if (sheet) {
      for (const property of ["left", "top", "--available-width", "--available-height"]) box.style.removeProperty(property);
      return keepWordsAboveSheet(words, box);
    }
    return keepBesideWords(words, box, {
      placement: "bottom-start",
      fallbackPlacements: kind === "toolbar" ? ["top-start"] : ["top-start", "right-start", "left-start"],
      // Clear of the highlight's underline (drawn below the words' box), and on touch of the selection handles too.
      gap: kind === "toolbar" && coarse ? 28 : 12,
    });
  }, [boxRef, sheet, coarse, kind]);

  return { sheet };
}
