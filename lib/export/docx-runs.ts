import { Tab, TextRun, type IRunOptions } from "docx";
import { xmlText } from "./xml-text";

/** How a run looks: everything of a TextRun but its content. */
export type RunLook = Omit<IRunOptions, "text" | "children" | "break">;

/**
 * Runs for a stretch of text, each line of it after the first starting with a line break
 * (a single "\n" is a hard break in Slant's text, as in Word) and tabs as Word's tabs.
 */
export function textRuns(text: string, look: RunLook = {}): TextRun[] {
  return xmlText(text)
    .split("\n")
    .map((line, index) => {
      const children = line.split("\t").flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])).filter((child) => child !== "");
      return new TextRun({ ...look, children, ...(index > 0 && { break: 1 }) });
    });
}
