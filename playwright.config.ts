import { defineConfig, devices } from "@playwright/test";

// `npm test` starts the app on a throw-away seeded database and sets these.
const baseURL = process.env.SLANT_BASE_URL;
if (!baseURL) throw new Error("Run the end-to-end tests with `npm test -- e2e`: it starts the app and sets SLANT_BASE_URL.");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.SLANT_CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "sign-in", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
      dependencies: ["sign-in"],
    },
    // After the whole suite: did every page route have an axe check? (e2e/support/axe.ts notes each.)
    { name: "axe-coverage", testMatch: /\.coverage\.ts$/, dependencies: ["chromium"] },
  ],
});
