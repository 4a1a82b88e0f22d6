import { z } from "zod";
import { requiredPlainText } from "@/lib/text/plain-text";
import { TAG_PALETTE } from "./tag-palette";
import { MAX_TAGS, type TagDefinition } from "./tags";

const TagInput = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, "must be lower-case letters, digits or _").optional(),
    label: requiredPlainText(40),
    color: z.enum(TAG_PALETTE, { message: `must be one of ${TAG_PALETTE.join(", ")}` }),
    requiresNote: z.boolean().default(false),
  })
  .strict();

/** "Loaded language" → "loaded_language"; "Opinión" → "opinion"; "意见" → "" (the caller numbers it). */
export function slugifyTagLabel(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "")
    .slice(0, 32);
}

/** Gives tags without an id one made from their label, unique within the set. */
function assignIds(tags: z.output<typeof TagInput>[]): TagDefinition[] {
  const taken = new Set(tags.flatMap((tag) => (tag.id ? [tag.id] : [])));
  return tags.map((tag, index) => {
    if (tag.id) return { ...tag, id: tag.id };
    const base = slugifyTagLabel(tag.label) || `tag_${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 28)}_${n}`;
    taken.add(id);
    return { ...tag, id };
  });
}

/**
 * An assignment's tags as a teacher gives them: 1 to 8, each with its own label and
 * its own colour (from lib/annotations/tag-palette.ts, whose colours stay apart for
 * colour-blind readers, and which give a different pattern to any two that come close).
 */
export const TagSetInput = z
  .array(TagInput)
  .min(1, "must have at least one tag")
  .max(MAX_TAGS, `must have at most ${MAX_TAGS} tags`)
  .refine((tags) => new Set(tags.map((t) => t.label.toLowerCase())).size === tags.length, "each tag needs its own name")
  .refine((tags) => new Set(tags.map((t) => t.color)).size === tags.length, "each tag needs its own colour")
  .refine((tags) => {
    const given = tags.flatMap((tag) => (tag.id ? [tag.id] : []));
    return new Set(given).size === given.length;
  }, "tag ids must be unique")
  .transform(assignIds);
