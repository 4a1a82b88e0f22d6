import type { TagDefinition } from "@/lib/annotations/tags";

/**
 * A short code per tag for the label printed beside each highlight ("LL" for Loaded
 * language), unique within the assignment: the initials of the label's words, else its
 * first letters, else the initials with the tag's number. Any script works (Ц for Цитата).
 */
export function tagAbbreviations(tags: readonly Pick<TagDefinition, "id" | "label">[]): Map<string, string> {
  const taken = new Set<string>();
  const result = new Map<string, string>();
  tags.forEach((tag, index) => {
    const words = tag.label.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
    const letters = words.join("");
    const initials = words.map((word) => [...word][0]!).join("").slice(0, 3);
    const candidates = [initials, [...letters].slice(0, 2).join(""), [...letters].slice(0, 3).join("")]
      .map((c) => c.toLocaleUpperCase("en"))
      .filter((c) => c.length > 0);
    const chosen = candidates.find((c) => !taken.has(c)) ?? `${candidates[0] ?? "T"}${index + 1}`;
    taken.add(chosen);
    result.set(tag.id, chosen);
  });
  return result;
}
