import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TOKENS = "app/styles/tokens.css";

function cssFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(relative);
    return entry.name.endsWith(".css") ? [relative] : [];
  });
}

const stylesheets = [...cssFiles("app"), ...cssFiles("components")].filter((file) => file !== "app/globals.css");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "");

describe("the stylesheets", () => {
  it("are all imported by app/globals.css, so none is written and never loaded", () => {
    const imported = [...read("app/globals.css").matchAll(/@import "([^"]+)";/g)].map((m) => path.relative(ROOT, path.resolve(ROOT, "app", m[1]!)));
    expect(imported.sort()).toEqual(stylesheets.sort());
  });

  it("put every rule in a cascade layer (base or components), so arrival order never decides between them", () => {
    for (const file of stylesheets.filter((f) => f !== TOKENS)) {
      const css = withoutComments(read(file)).trim();
      const blocks = css.split(/\n(?=@layer )/).map((b) => b.trim());
      for (const block of blocks) expect(block, file).toMatch(/^@layer (base|components) \{[\s\S]*\}$/);
    }
  });

  it("take every colour from tokens.css, so the dark scheme reaches every component", () => {
    const literal = /#[0-9a-f]{3,8}\b|\brgba?\(\s*\d|\bhsla?\(\s*\d|[:\s](white|black)\s*(;|$)/i;
    for (const file of stylesheets.filter((f) => f !== TOKENS)) {
      withoutComments(read(file))
        .split("\n")
        .forEach((line, i) => expect(line, `${file}:${i + 1}`).not.toMatch(literal));
    }
  });

  it("give the dark scheme a value for every colour token the light one has", () => {
    const css = read(TOKENS);
    const dark = css.indexOf("@media (prefers-color-scheme: dark)");
    const names = (part: string) => new Set([...part.matchAll(/--([\w-]+):\s*(#|rgba?\((?!var))/g)].map((m) => m[1]!));
    expect([...names(css.slice(dark))].sort()).toEqual([...names(css.slice(0, dark))].sort());
  });
});

describe("the interface's type", () => {
  it("takes every font size in rem from the type scale in tokens.css (the article's own sizes are in em)", () => {
    for (const file of stylesheets.filter((f) => f !== TOKENS)) {
      withoutComments(read(file))
        .split("\n")
        .forEach((line, i) => expect(line, `${file}:${i + 1}`).not.toMatch(/font-size:\s*[\d.]+rem/));
    }
  });
});
