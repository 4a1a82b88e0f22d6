import Document from "@tiptap/extension-document";
import HardBreak from "@tiptap/extension-hard-break";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";

/**
 * The only node types an article document holds. The reader adds behaviour on top;
 * tests build the same schema from this list, so they check the real thing.
 */
export const articleContentExtensions = [Document, Paragraph, Text, HardBreak];
