import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { unzipEntries } from "@/tests/support/read-docx";
import { pdfBytesAsText, pdfEncodings, readPdf } from "@/tests/support/pdf-reading";
import type { Account } from "./classroom";

/**
 * The Export menu of an assignment page, used as a person uses it: open it, make the choices
 * in its form, press Download, and take the file the browser saves.
 */

/** What the menu offers, in its own words. */
export const FORMAT = {
  pdf: "PDF",
  html: "Web page (HTML, prints well)",
  docx: "Word document with comments (.docx)",
  jsonld: "W3C Web Annotation (JSON-LD)",
  csv: "Spreadsheet of highlights (CSV)",
  gradebook: "Gradebook (CSV)",
} as const;

export interface ExportChoice {
  format: keyof typeof FORMAT;
  /** "Whose work", as the menu words it ("The whole class"); left as it is when not given. */
  scope?: string;
  student?: string;
  paper?: "A4" | "US Letter";
  /** "Hide every name": checked or unchecked; left as it is when not given. */
  hideNames?: boolean;
}

export interface DownloadedFile {
  /** The name the browser saves it under. */
  fileName: string;
  bytes: Buffer;
}

/** Opens the Export menu (a disclosure) and gives its form. */
export async function openExportMenu(page: Page): Promise<Locator> {
  await page.getByText("Export…", { exact: true }).click();
  const form = page.getByRole("form", { name: "Export this assignment" });
  await expect(form).toBeVisible();
  return form;
}

export async function chooseExport(form: Locator, choice: ExportChoice): Promise<void> {
  await form.getByRole("combobox", { name: "Format" }).selectOption({ label: FORMAT[choice.format] });
  if (choice.paper) await form.getByRole("combobox", { name: "Paper" }).selectOption({ label: choice.paper });
  if (choice.scope) await form.getByRole("combobox", { name: "Whose work" }).selectOption({ label: choice.scope });
  if (choice.student) await form.getByRole("combobox", { name: "Student" }).selectOption({ label: choice.student });
  if (choice.hideNames !== undefined) await form.getByRole("checkbox", { name: /^Hide every name/ }).setChecked(choice.hideNames);
}

/** Makes the choices, presses Download, and gives the file once the menu says it was downloaded. */
export async function downloadExport(page: Page, form: Locator, choice: ExportChoice): Promise<DownloadedFile> {
  await chooseExport(form, choice);
  const started = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download" }).click();
  const download = await started;
  const fileName = download.suggestedFilename();
  await expect(form.getByRole("status")).toHaveText(`Downloaded ${fileName}.`);
  return { fileName, bytes: await readFile((await download.path())!) };
}

/** The dates an export made during this test may carry (the server's UTC date; a test may cross midnight). */
export function exportDates(since: Date): string[] {
  return [...new Set([since, new Date()].map((d) => d.toISOString().slice(0, 10)))];
}

/** A file name as the menu saves it: the title's words, the scope, the date, the extension. */
export function expectFileName(fileName: string, stem: string, scope: string, dates: string[], extension: string): void {
  expect(dates.map((date) => `${stem}-${scope}-${date}.${extension}`), "title, scope, date and extension").toContain(fileName);
}

/** Records without the UTF-8 byte-order mark (checked apart), parsed as RFC 4180. */
export function csvRecords(bytes: Uint8Array): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rows] = parse(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, "")) as string[][];
  return { header: header!, rows: rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ""]))) };
}

export const hasByteOrderMark = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Every way a file could name an account: the name, each of its words, what they sign in with, its id; composed and decomposed. */
export function identitiesOf(accounts: Account[]): string[] {
  const forms = accounts.flatMap((a) => [a.name, ...a.name.split(/\s+/), a.identifier, a.identifier.split("@")[0]!, a.id]);
  return [...new Set(forms.flatMap((form) => [form.normalize("NFC"), form.normalize("NFD")]))];
}

/**
 * All the text a file holds, for searching for names: a PDF's extracted text, information
 * dictionary and every inflated stream; a Word file's every unzipped part; the rest as UTF-8.
 */
export async function everythingIn(file: DownloadedFile): Promise<string> {
  if (file.fileName.endsWith(".pdf")) {
    const pdf = await readPdf(file.bytes);
    return [pdf.text, JSON.stringify(pdf.info), pdfBytesAsText(file.bytes)].join("\n");
  }
  if (file.fileName.endsWith(".docx")) {
    return [...(await unzipEntries(file.bytes))].map(([path, bytes]) => `${path}\n${new TextDecoder().decode(bytes)}`).join("\n");
  }
  return new TextDecoder().decode(file.bytes);
}

/** Fails naming each identity found in the file, in any of the forms the file could store it in. */
export async function expectNoIdentities(file: DownloadedFile, identities: string[]): Promise<void> {
  const text = await everythingIn(file);
  const pdf = file.fileName.endsWith(".pdf");
  const found = identities.filter((identity) => (pdf ? pdfEncodings(identity) : [identity]).some((form) => text.includes(form)));
  expect(found, `names, sign-ins or ids in ${file.fileName}`).toEqual([]);
}
