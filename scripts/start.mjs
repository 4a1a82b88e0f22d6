// `npm start`: install, build and serve Slant from a fresh clone (see README).
import { checkNodeVersion, enableTypeScript, ensureBuild, ensureDependencies, ensurePrismaClient } from "./lib/bootstrap.mjs";

checkNodeVersion();
process.env.NEXT_TELEMETRY_DISABLED = "1";
try {
  ensureDependencies();
  ensurePrismaClient();
  ensureBuild();
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}
await enableTypeScript();
await import("./serve.ts");
