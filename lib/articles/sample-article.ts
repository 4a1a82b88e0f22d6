import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const SAMPLE_ARTICLE_TITLE = "Lavrov on the confusion in the Trump administration";

/** The bundled sample article (prisma/seed/seed-article.txt), which every new teacher's library starts with. */
export function readSampleArticle(): Promise<string> {
  return readFile(path.join(process.cwd(), "prisma", "seed", "seed-article.txt"), "utf8");
}
