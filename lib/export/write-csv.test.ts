import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { SAMPLE_ANNOTATIONS, sampleExportModel } from "@/tests/support/sample-export-model";
import { contentDisposition, exportFileName } from "./export-file-name";
import { safeCell } from "./spreadsheet-cell";
import { writeCsv } from "./write-csv";

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("writeCsv", () => {
  const bytes = writeCsv(sampleExportModel());
  const text = decode(bytes);
  const rows = parse(text.slice(1), { relax_column_count: false }) as string[][];

  it("starts with a UTF-8 byte-order mark, so Excel shows accents and Cyrillic", () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("has one header row and one row per highlight, in reading order, that parse back to the model", () => {
    expect(rows[0]).toEqual(["reader", "tag", "start", "end", "exact text", "note", "verdict", "teacher comment", "created (UTC)"]);
    expect(rows).toHaveLength(1 + SAMPLE_ANNOTATIONS.length);
    const loaded = rows.find((r) => r[4] === "a reckless giveaway")!;
    expect(loaded).toEqual(["Amara <b>Okafor</b>", "Loaded language", expect.any(String), expect.any(String), "a reckless giveaway", `'=HYPERLINK("http://evil.test","click")`, "agree", "Yes — loaded. <img src=x onerror=alert(1)>", "2031-03-12 08:00"]);
    expect(rows.slice(1).map((r) => r[4])).toEqual(SAMPLE_ANNOTATIONS.map((a) => a.exact));
    expect(rows.find((r) => r[4] === "«триумфом»")).toBeDefined();
  });

  it("gives when each highlight was made on the exporting viewer's clock, and names the zone in the heading", () => {
    const inNewYork = parse(decode(writeCsv(sampleExportModel({ timeZone: "America/New_York" }))).slice(1)) as string[][];
    expect(inNewYork[0]!.at(-1)).toBe("created (America/New_York)");
    expect(inNewYork.find((r) => r[4] === "a reckless giveaway")!.at(-1)).toBe("2031-03-12 04:00");
  });

  it("keeps a note's line break inside one quoted cell (RFC 4180)", () => {
    expect(rows.find((r) => r[5]?.includes("second line"))![5]).toBe("'+1 from me\nsecond line");
    expect(text).toContain('"\'+1 from me\nsecond line"');
  });

  it("neutralises every cell a spreadsheet would run as a formula", () => {
    for (const cell of rows.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.map((r) => r[5])).toEqual(expect.arrayContaining(["'@Greek opinion", "'-minus start"]));
  });
});

describe("safeCell", () => {
  it("prefixes formula starts with an apostrophe and leaves numbers and plain text alone", () => {
    expect(["=1+1", "+1", "-1", "@a", "\tx", "\rx"].map(safeCell)).toEqual(["'=1+1", "'+1", "'-1", "'@a", "'\tx", "'\rx"]);
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell("plain")).toBe("plain");
    expect(safeCell(null)).toBe("");
    expect(safeCell(true)).toBe("yes");
  });
});

describe("export file names", () => {
  it("keeps letters and digits of any script, joined by hyphens, with scope and date", () => {
    expect(exportFileName("Spot the slant: Lavrov on the Trump administration", "class", "2026-12-01T10:00:00Z", "csv")).toBe("spot-the-slant-lavrov-on-the-trump-administration-class-2026-12-01.csv");
    expect(exportFileName('Мэр и "café" / ../../etc', "mine", "2026-12-01", "pdf")).toBe("мэр-и-café-etc-mine-2026-12-01.pdf");
    expect(exportFileName("!!!", "key", "2026-12-01", "docx")).toBe("assignment-key-2026-12-01.docx");
  });

  it("gives an ASCII fallback and the UTF-8 name in Content-Disposition", () => {
    expect(contentDisposition("мэр-café-mine-2026-12-01.pdf")).toBe(`attachment; filename="-cafe-mine-2026-12-01.pdf"; filename*=UTF-8''${encodeURIComponent("мэр-café-mine-2026-12-01.pdf")}`);
  });
});
