/**
 * The languages of an Accept-Language header, most wanted first ("fr-CH, fr;q=0.9, en;q=0.8"
 * → ["fr-CH", "fr", "en"]); "*", q=0 and tags Intl does not accept are left out.
 */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  const weighted = header.split(",").flatMap((part, index) => {
    const [tag = "", ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    // A weight that is not a number is as good as none: the part is left out.
    const weight = q === undefined ? 1 : /^q=[\d.]+$/.test(q) ? Number(q.slice(2)) : Number.NaN;
    if (tag === "*" || !(weight > 0)) return [];
    try {
      return [{ tag: Intl.getCanonicalLocales(tag)[0]!, weight, index }];
    } catch {
      return [];
    }
  });
  return weighted.sort((a, b) => b.weight - a.weight || a.index - b.index).map(({ tag }) => tag);
}
