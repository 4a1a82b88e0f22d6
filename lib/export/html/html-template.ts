/** Markup that is already safe: built only by `html`, so a user's string can never become one by accident. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlPart = SafeHtml | string | number | null | undefined | false | readonly HtmlPart[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an element's content or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A template tag for HTML: every interpolated value is escaped unless it is SafeHtml made by
 * this same tag, arrays are joined, and null/undefined/false vanish. So no string from the
 * model (names, notes, the article) can ever reach the file as markup.
 */
export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): SafeHtml {
  let markup = strings[0]!;
  parts.forEach((part, i) => {
    markup += render(part) + strings[i + 1]!;
  });
  return new SafeHtml(markup);
}

function render(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof SafeHtml) return part.markup;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}
