// `npm test`: type check, lint, unit, integration and end-to-end tests (see README).
import { checkNodeVersion, enableTypeScript, ensureDependencies, ensurePrismaClient } from "./lib/bootstrap.mjs";

checkNodeVersion();
process.env.NEXT_TELEMETRY_DISABLED = "1";
try {
  ensureDependencies();
  ensurePrismaClient();
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}
await enableTypeScript();
await import("./run-tests.ts");
