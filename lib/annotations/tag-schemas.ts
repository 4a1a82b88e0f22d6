import { z } from "zod";
import { TAG_PALETTE } from "./tag-palette";
import { MAX_TAGS, type TagDefinition } from "./tags";

export const TagDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, "must be lower-case letters, digits or _"),
  label: z.string().trim().min(1).max(40),
  color: z.enum(TAG_PALETTE),
  requiresNote: z.boolean().default(false),
}) satisfies z.ZodType<TagDefinition, unknown>;

export const TagSet = z
  .array(TagDefinitionSchema)
  .min(1)
  .max(MAX_TAGS)
  .refine((tags) => new Set(tags.map((tag) => tag.id)).size === tags.length, "tag ids must be unique");

/** Reads a stored tag set; a corrupt one is a bug, so it throws rather than guessing. */
export function parseTagSet(stored: unknown): TagDefinition[] {
  return TagSet.parse(stored);
}
