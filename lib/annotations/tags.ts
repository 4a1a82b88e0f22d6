import type { TagColor } from "./tag-palette";

/**
 * One tag of an assignment's set. Plain data, so the browser can use it without zod;
 * a type alias (not an interface) so Prisma accepts it as JSON.
 */
export type TagDefinition = {
  /** What the API speaks: lower-case letters, digits and _ (e.g. loaded_language). */
  id: string;
  label: string;
  color: TagColor;
  /** A highlight with this tag cannot be handed in without a note. */
  requiresNote: boolean;
};

/** Up to four tags beyond the four defaults. */
export const MAX_TAGS = 8;

/** The four tags every assignment starts with; ids are what the API speaks. */
export const DEFAULT_TAGS: TagDefinition[] = [
  { id: "quote", label: "Quote", color: "blue", requiresNote: false },
  { id: "opinion", label: "Opinion", color: "purple", requiresNote: false },
  { id: "loaded_language", label: "Loaded language", color: "orange", requiresNote: false },
  { id: "factual_claim", label: "Factual claim", color: "green", requiresNote: false },
];
