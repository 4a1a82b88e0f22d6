import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import JSZip from "jszip";

/** Every entry of a zip file (a .docx), decompressed, by path. */
export async function unzipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) entries.set(entry.name, await entry.async("uint8array"));
  return entries;
}

export async function docxPart(bytes: Uint8Array, path: string): Promise<string> {
  const part = (await unzipEntries(bytes)).get(path);
  if (!part) throw new Error(`The package has no ${path}`);
  return new TextDecoder().decode(part);
}

/** An XML part as a DOM (htmlparser2 in XML mode: entities decoded, names kept with their prefixes). */
export function parseXml(xml: string): ChildNode[] {
  return parseDocument(xml, { xmlMode: true }).children;
}

export function elements(nodes: ChildNode[], name: string): Element[] {
  const found: Element[] = [];
  const visit = (list: ChildNode[]) => {
    for (const node of list) {
      if (node.type !== "tag") continue;
      if (node.name === name) found.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return found;
}

/** The text of a part of a WordprocessingML body: w:t as is, w:br as "\n", w:tab as "\t", paragraphs joined by "\n\n". */
export function wordText(nodes: ChildNode[]): string {
  const paragraphs = elements(nodes, "w:p");
  return paragraphs.map((p) => runText(p.children)).join("\n\n");
}

function runText(nodes: ChildNode[]): string {
  let text = "";
  for (const node of nodes) {
    if (node.type !== "tag") continue;
    if (node.name === "w:t") text += node.children.map((c) => (c.type === "text" ? c.data : "")).join("");
    else if (node.name === "w:br") text += "\n";
    else if (node.name === "w:tab") text += "\t";
    else text += runText(node.children);
  }
  return text;
}

/**
 * The text between each comment's w:commentRangeStart and w:commentRangeEnd in word/document.xml,
 * by comment id, read in document order as Word does, across paragraphs (a paragraph break
 * counts as "\n\n", as in Slant's canonical text).
 */
export function commentRangeTexts(documentXml: string): Map<number, string> {
  const open = new Map<number, string>();
  const closed = new Map<number, string>();
  let paragraphs = 0;
  const add = (text: string) => {
    for (const [id, sofar] of open) open.set(id, sofar + text);
  };
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== "tag") continue;
      const id = Number(node.attribs["w:id"]);
      switch (node.name) {
        case "w:p":
          if (paragraphs++ > 0) add("\n\n");
          visit(node.children);
          break;
        case "w:commentRangeStart":
          if (open.has(id) || closed.has(id)) throw new Error(`Comment ${id} opens twice`);
          open.set(id, "");
          break;
        case "w:commentRangeEnd":
          if (!open.has(id)) throw new Error(`Comment ${id} closes without opening`);
          closed.set(id, open.get(id)!);
          open.delete(id);
          break;
        case "w:t":
        case "w:br":
        case "w:tab":
          add(runText([node]));
          break;
        default:
          visit(node.children);
      }
    }
  };
  visit(elements(parseXml(documentXml), "w:body"));
  if (open.size > 0) throw new Error(`Comments ${[...open.keys()].join(", ")} never close`);
  return closed;
}

export interface WordComment {
  id: number;
  author: string;
  initials: string;
  date: string;
  text: string;
}

/** Each w:comment of word/comments.xml with its attributes and its text (paragraphs joined by "\n\n"). */
export function wordComments(commentsXml: string): WordComment[] {
  return elements(parseXml(commentsXml), "w:comment").map((c) => ({
    id: Number(c.attribs["w:id"]),
    author: c.attribs["w:author"] ?? "",
    initials: c.attribs["w:initials"] ?? "",
    date: c.attribs["w:date"] ?? "",
    text: wordText(c.children),
  }));
}
