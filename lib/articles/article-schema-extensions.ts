import Document from "@tiptap/extension-document";
import HardBreak from "@tiptap/extension-hard-break";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { ArticleHeading } from "./article-heading";
import { ParagraphKindAttribute } from "./paragraph-kind-attribute";

/**
 * The only node types an article document holds: paragraphs (with a `kind` for list
 * items and quotes) and headings, each a textblock directly under the document, holding
 * text and hard breaks. The reader adds behaviour on top; tests build the same schema
 * from this list, so they check the real thing.
 */
export const articleContentExtensions = [Document, Paragraph, ParagraphKindAttribute, ArticleHeading, Text, HardBreak];
