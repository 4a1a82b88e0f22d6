import { AlignmentType, Document, LevelFormat, LineRuleType, Packer } from "docx";
import { articleParagraphs, ORDERED_LIST } from "./docx-article";
import { highlightComments } from "./docx-comments";
import { frontMatter } from "./docx-front-matter";
import { pinDocxPackage } from "./docx-package";
import { formatDateTime } from "./export-dates";
import type { ExportModel } from "./export-model";
import { xmlText } from "./xml-text";

/**
 * A Word document (docx): title, source and legend, then the article with each highlight
 * shaded in its tag's colour, underlined in its tag's pattern and carrying a Word comment
 * (reader, tag, note, the teacher's verdict) anchored around exactly its text, so Word,
 * LibreOffice and Google Docs show it in the margin. Its metadata come from the model alone
 * (author "Slant", dates the export's), so a pseudonymised export names nobody.
 */
export async function writeDocx(model: ExportModel): Promise<Uint8Array<ArrayBuffer>> {
  const document = new Document({
    creator: "Slant",
    lastModifiedBy: "Slant",
    title: xmlText(model.article.title),
    subject: xmlText(model.assignment.title),
    description: `Annotated with Slant: ${scopeWords[model.scope]}, exported ${formatDateTime(model.generatedAt, model.timeZone)}.`,
    comments: { children: highlightComments(model) },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    styles: {
      // Calibri: what Word, LibreOffice (as Carlito) and Google Docs all have, with Cyrillic and Greek.
      default: { document: { run: { font: "Calibri", size: 22 }, paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } } } },
      paragraphStyles: [
        { id: "Quote", name: "Quote", basedOn: "Normal", next: "Normal", quickFormat: true, paragraph: { indent: { left: 720, right: 720 } }, run: { italics: true, color: "404040" } },
        // Word's own caption style, declared so that every program shows it alike.
        { id: "Caption", name: "caption", basedOn: "Normal", next: "Normal", quickFormat: true, run: { italics: true, size: 18, color: "4A5360" } },
      ],
    },
    sections: [{ children: [...frontMatter(model), ...articleParagraphs(model)] }],
  });
  return pinDocxPackage(await Packer.toArrayBuffer(document), model.generatedAt);
}

const scopeWords: Record<ExportModel["scope"], string> = { mine: "one student's own work", student: "one student's work", class: "the whole class", key: "the answer key" };
