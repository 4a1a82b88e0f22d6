// `npm run screenshots`: the README's pictures, taken from a running Slant with the demo class
// (`npm start` seeds it). SLANT_URL (http://127.0.0.1:3000), SLANT_DEMO_PASSWORD (slant-demo),
// SLANT_CHROMIUM (/usr/bin/chromium). Writes public/readme/<page>-<width>x<height>[-dark].png.
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { DEMO_STUDENTS, DEMO_TEACHER } from "@/prisma/seed/seed-demo-data";

const base = process.env.SLANT_URL ?? "http://127.0.0.1:3000";
const password = process.env.SLANT_DEMO_PASSWORD ?? "slant-demo";
const outDir = path.resolve(import.meta.dirname, "../public/readme");
const SIZES = [
  { width: 1366, height: 768 },
  { width: 768, height: 1024 },
] as const;

interface Shot {
  name: string;
  who: string;
  /** From the assignment list, the page to picture. */
  open(page: Page): Promise<void>;
}

async function openDemoAssignment(page: Page, view?: string): Promise<void> {
  await page.goto(`${base}/assignments`);
  const href = await page.locator(".assignment-list a, .card a").first().getAttribute("href");
  await page.goto(`${base}${href}${view ? `?view=${view}` : ""}`);
}

const SHOTS: Shot[] = [
  { name: "reader", who: DEMO_STUDENTS[1]!.email, open: (page) => openDemoAssignment(page) },
  { name: "review", who: DEMO_TEACHER.email, open: (page) => openDemoAssignment(page, "review") },
  { name: "progress", who: DEMO_TEACHER.email, open: (page) => openDemoAssignment(page, "progress") },
  { name: "library", who: DEMO_TEACHER.email, open: (page) => page.goto(`${base}/articles`).then(() => undefined) },
];

async function take(browser: Browser, shot: Shot, size: (typeof SIZES)[number], colorScheme: "light" | "dark"): Promise<void> {
  const context = await browser.newContext({ viewport: size, colorScheme, timezoneId: "America/New_York", locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email or username").fill(shot.who);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/assignments$/);
  await shot.open(page);
  await page.waitForLoadState("networkidle");
  // The reader draws its highlights once the editor has taken over the server's text.
  if (shot.name !== "library") await page.locator(".highlight, .progress-table, table").first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const file = path.join(outDir, `${shot.name}-${size.width}x${size.height}${colorScheme === "dark" ? "-dark" : ""}.png`);
  await page.screenshot({ path: file });
  console.log(`› ${path.relative(process.cwd(), file)}`);
  await context.close();
}

const browser = await chromium.launch({
  executablePath: process.env.SLANT_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const shot of SHOTS) for (const size of SIZES) await take(browser, shot, size, "light");
  await take(browser, SHOTS[0]!, SIZES[0], "dark");
  await take(browser, SHOTS[1]!, SIZES[0], "dark");
} finally {
  await browser.close();
}
