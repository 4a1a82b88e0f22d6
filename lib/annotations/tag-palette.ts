/**
 * Tag colours, each paired with its own underline pattern so that tags stay apart for
 * colour-blind readers and in greyscale print. The CSS for each id is in app/globals.css.
 */
export const TAG_PALETTE = ["blue", "purple", "orange", "green", "pink", "teal", "brown", "gray"] as const;
export type TagColor = (typeof TAG_PALETTE)[number];
