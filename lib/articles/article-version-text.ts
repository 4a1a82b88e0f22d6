import "server-only";
import { BlockKindList, type BlockKind } from "@/lib/articles/block-kinds";
import { getDb } from "@/lib/db/client";
import type { Tx } from "@/lib/db/transaction";

export interface ArticleVersionText {
  text: string;
  blocks: BlockKind[] | null;
}

/** Kept in memory, bounded: a school's live articles are a few dozen, each a few pages of text. */
const MAX_KEPT_CHARACTERS = 20_000_000;
const kept = new Map<string, ArticleVersionText>();
let keptCharacters = 0;

/**
 * An article version's text and paragraph kinds. A version never changes once made (an edit
 * makes a new one), so every save and page of a class reads it from this instance's memory
 * instead of pulling the whole text from the database each time; the least recently used
 * versions are forgotten past the bound. Inside a transaction, pass its client: a save holding
 * one pool connection must not wait for a second one to read the text.
 */
export async function readArticleVersionText(versionId: string, db: Pick<Tx, "articleVersion"> = getDb()): Promise<ArticleVersionText> {
  const hit = kept.get(versionId);
  if (hit) {
    // Re-inserted: a Map keeps insertion order, so the first key is always the least recently used.
    kept.delete(versionId);
    kept.set(versionId, hit);
    return hit;
  }
  const row = await db.articleVersion.findUniqueOrThrow({ where: { id: versionId }, select: { text: true, blocks: true } });
  const version = { text: row.text, blocks: row.blocks === null ? null : BlockKindList.parse(row.blocks) };
  kept.set(versionId, version);
  keptCharacters += version.text.length;
  for (const [id, old] of kept) {
    if (keptCharacters <= MAX_KEPT_CHARACTERS || id === versionId) break;
    kept.delete(id);
    keptCharacters -= old.text.length;
  }
  return version;
}
