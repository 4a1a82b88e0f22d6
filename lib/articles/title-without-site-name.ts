/** What sites put between a story's title and their own name: "|", "-", "–", "—", "·", "::" with spaces around. */
const SEPARATOR = /\s+(?:\||-|–|—|·|::)\s+/g;

/** Equal for a reader: letter case, runs of white space and curly or straight apostrophes aside. */
function same(a: string, b: string): boolean {
  const comparable = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLocaleLowerCase();
  return comparable(a) === comparable(b);
}

export interface TitleEvidence {
  /** og:site_name, when the page gives it. */
  siteName: string | null;
  /** Titles without the site's name, where the page has them: og:title, the article's <h1>. */
  cleaner: readonly string[];
}

/**
 * A page's <title> (or og:title) without the site's name it carries: "Port expansion approved
 * | The Harbor Gazette" → "Port expansion approved", when the part cut off is the site's name
 * (og:site_name) or is exactly what the title adds to a cleaner one (og:title, the <h1>),
 * before the first separator where that holds. A prefix naming the site ("Harbor News |
 * Vote passes") goes too. Otherwise the title is kept whole: a dash may belong to it.
 */
export function titleWithoutSiteName(title: string, { siteName, cleaner }: TitleEvidence): string {
  for (const match of title.matchAll(SEPARATOR)) {
    const head = title.slice(0, match.index).trim();
    const tail = title.slice(match.index + match[0].length).trim();
    if (cleaner.some((clean) => same(clean, head))) return head;
    if (siteName && same(siteName, tail)) return head;
    if (siteName && same(siteName, head)) return tail;
  }
  return title;
}
