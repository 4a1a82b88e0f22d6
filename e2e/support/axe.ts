import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { routeOf } from "./page-routes";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * The rules whose answer depends on colour. The dark scheme changes colours only (the same markup,
 * the same state), so in it these are checked again, not the whole set: half the time of a second full pass.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** What two passes of axe add to a test, at most, on a large page of a loaded machine. */
const AXE_ALLOWANCE_MS = 8_000;

/** Where each check notes the page route it ran on; Playwright empties test-results/ at the start of every run. */
const CHECKED_DIR = path.join(process.cwd(), "test-results", "axe-checked");

const listed = (violations: { id: string; nodes: { target: unknown[] }[] }[]) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

/**
 * Fails listing every WCAG 2.2 A/AA rule axe finds broken on the page as it is now, in the light
 * colour scheme, and every colour rule broken in the dark one (then it puts the page back in the
 * light scheme); and notes the page route it checked, for every-page-route-has-an-axe-check.coverage.ts.
 */
export async function expectNoViolations(page: Page): Promise<void> {
  test.info().setTimeout(test.info().timeout + AXE_ALLOWANCE_MS);
  await page.emulateMedia({ colorScheme: "light" });
  expect(listed((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations), "in the light colour scheme").toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
  await page.emulateMedia({ colorScheme: "light" });
  expect(listed(dark.violations), "in the dark colour scheme").toEqual([]);
  mkdirSync(CHECKED_DIR, { recursive: true });
  appendFileSync(path.join(CHECKED_DIR, `${process.pid}.txt`), `${routeOf(new URL(page.url()).pathname)}\n`);
}

/** Every page route some check of this run found no violations on. */
export function routesChecked(): string[] {
  if (!existsSync(CHECKED_DIR)) return [];
  const files = readdirSync(CHECKED_DIR, { withFileTypes: true }).filter((entry) => entry.isFile());
  return [...new Set(files.flatMap((file) => readFileSync(path.join(CHECKED_DIR, file.name), "utf8").split("\n").filter(Boolean)))];
}
