/** Five steps of one hue, light to dark, each with a thicker underline (the app's `.heat-N`, and every export's heatmap). */
export const HEAT_LEVELS = 5;

/** The step for a share of readers (0–1): 1 for a few readers, HEAT_LEVELS for (nearly) all. */
export function heatLevel(share: number): number {
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil(share * HEAT_LEVELS)));
}
