/** At most `length` characters of `text`, cut at a word where possible, never inside an emoji. */
export function excerpt(text: string, length: number): string {
  const characters = Array.from(text.replace(/\s+/g, " ").trim());
  if (characters.length <= length) return characters.join("");
  const cut = characters.slice(0, length).join("");
  const atWord = cut.lastIndexOf(" ");
  return `${atWord > length * 0.6 ? cut.slice(0, atWord) : cut}…`;
}
