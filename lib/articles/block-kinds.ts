import { z } from "zod";

/**
 * What a paragraph of an imported article was in its source. The canonical text does not
 * change with it: a heading, list item or caption is still one paragraph of `text`, so offsets
 * mean the same whatever the kinds are.
 */
export type BlockKind =
  | { type: "paragraph" }
  | { type: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6 }
  | { type: "list-item"; ordered: boolean }
  | { type: "quote" }
  /** A figure's or table's caption: still text to read and highlight, drawn as a caption. */
  | { type: "caption" };

export const BlockKindSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph") }),
  z.object({
    type: z.literal("heading"),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  }),
  z.object({ type: z.literal("list-item"), ordered: z.boolean() }),
  z.object({ type: z.literal("quote") }),
  z.object({ type: z.literal("caption") }),
]) satisfies z.ZodType<BlockKind>;

/** The `blocks` column of an article version, read back from JSON. */
export const BlockKindList = z.array(BlockKindSchema);

export const PARAGRAPH: BlockKind = { type: "paragraph" };
