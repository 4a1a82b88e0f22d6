/** Control characters XML 1.0 cannot hold at all (tab, line feed and carriage return it can), and the two non-characters. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Half of a surrogate pair without its other half: not a character, so not XML either. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as an XML document may carry it: line breaks as "\n", and what XML 1.0 forbids removed
 * (a Word file holding a U+0001 does not open). Markup characters are the XML writer's to escape.
 */
export function xmlText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(NOT_XML, "").replace(LONE_SURROGATE, "");
}
