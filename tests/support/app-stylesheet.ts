import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** app/globals.css with every `@import` put in its place: the whole stylesheet the browser gets. */
export function appStylesheet(file = path.join(ROOT, "app/globals.css")): string {
  const css = readFileSync(file, "utf8");
  return css.replace(/@import "([^"]+)";/g, (_, relative: string) => appStylesheet(path.resolve(path.dirname(file), relative)));
}

/** The custom properties of the light scheme (`:root`) or of the dark one (`prefers-color-scheme: dark`). */
export function schemeTokens(scheme: "light" | "dark"): Map<string, string> {
  const css = readFileSync(path.join(ROOT, "app/styles/tokens.css"), "utf8");
  const dark = css.indexOf("@media (prefers-color-scheme: dark)");
  const part = scheme === "light" ? css.slice(0, dark) : css.slice(dark, css.indexOf("@media", dark + 1));
  return new Map([...part.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
