import { z } from "zod";
import { TAG_PALETTE } from "./tag-palette";

export const TagDefinition = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, "must be lower-case letters, digits or _"),
  label: z.string().trim().min(1).max(40),
  color: z.enum(TAG_PALETTE),
  requiresNote: z.boolean().default(false),
});
export type TagDefinition = z.infer<typeof TagDefinition>;

export const TagSet = z
  .array(TagDefinition)
  .min(1)
  .max(8)
  .refine((tags) => new Set(tags.map((tag) => tag.id)).size === tags.length, "tag ids must be unique");

/** The four tags every assignment starts with; ids are what the API speaks. */
export const DEFAULT_TAGS: TagDefinition[] = [
  { id: "quote", label: "Quote", color: "blue", requiresNote: false },
  { id: "opinion", label: "Opinion", color: "purple", requiresNote: false },
  { id: "loaded_language", label: "Loaded language", color: "orange", requiresNote: false },
  { id: "factual_claim", label: "Factual claim", color: "green", requiresNote: false },
];

/** Reads a stored tag set; a corrupt one is a bug, so it throws rather than guessing. */
export function parseTagSet(stored: unknown): TagDefinition[] {
  return TagSet.parse(stored);
}
