import type { Element } from "domhandler";

// "caption" as a whole word of a class: wp-caption-text, image-caption, figure__caption; not "captionless".
const CAPTION_CLASS = /(^|[-_])caption($|[-_])/i;

/**
 * A block that sites mark as a caption without <figcaption>: a class naming it one (as
 * WordPress's "wp-caption-text" does) or schema.org's itemprop="caption".
 */
export function isCaptionMarkup(element: Element): boolean {
  const classes = (element.attribs.class ?? "").split(/\s+/);
  return classes.some((name) => CAPTION_CLASS.test(name)) || (element.attribs.itemprop ?? "").split(/\s+/).includes("caption");
}
