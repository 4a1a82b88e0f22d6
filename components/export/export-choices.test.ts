import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/export/export-file-name";
import { exportUrl, fileNameFrom } from "./export-choices";

describe("the Export menu's download", () => {
  it("asks for the chosen format and scope, with the student only for scope=student", () => {
    expect(exportUrl("a1", { format: "csv", scope: "class", student: "s1", pseudonymize: false })).toBe("/api/assignments/a1/export?format=csv&scope=class");
    expect(exportUrl("a1", { format: "pdf", scope: "student", student: "s1", pseudonymize: true, paper: "letter" })).toBe("/api/assignments/a1/export?format=pdf&scope=student&paper=letter&student=s1&pseudonymize=1");
    expect(exportUrl("a1", { format: "csv", scope: "mine", student: null, pseudonymize: false, paper: "letter" })).toBe("/api/assignments/a1/export?format=csv&scope=mine");
  });

  it("names the file as the server's Content-Disposition says, UTF-8 name first", () => {
    const name = "мэр-café-class-2026-12-01.pdf";
    expect(fileNameFrom(contentDisposition(name), "export.pdf")).toBe(name);
    expect(fileNameFrom('attachment; filename="plain.csv"', "export.csv")).toBe("plain.csv");
    expect(fileNameFrom("attachment; filename*=UTF-8''%E0%A4%A", "export.csv")).toBe("export.csv");
    expect(fileNameFrom(null, "export.csv")).toBe("export.csv");
  });
});
